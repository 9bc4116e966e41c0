// name: test-integrity-get-probe — reads one probe node
MATCH (p:IntegrityProbe {id: $id}) RETURN p.id AS id

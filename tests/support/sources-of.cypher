// name: test-sources-of — the deliveries a record came from
MATCH (n {id: $id}) RETURN n.sources AS sources

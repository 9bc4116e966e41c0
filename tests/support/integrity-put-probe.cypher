// name: test-integrity-put-probe — writes one probe node
CREATE (:IntegrityProbe {id: $id})

// name: create-persons — persons not stored yet, created (see upsert-persons for the others)
UNWIND $rows AS row
CREATE (n:Person)
SET n = row.props, n.sources = [$source]

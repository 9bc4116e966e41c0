// name: test-snapshot — nodes with their properties and outgoing relationships, for ids under a prefix
MATCH (n)
WHERE n.id STARTS WITH $prefix OR n.source STARTS WITH $prefix
OPTIONAL MATCH (n)-[r]->(m)
WITH n, r, m
RETURN [labels(n), n {.*, firstImportedAt: null}, type(r), properties(r), coalesce(m.id, m.source)] AS line

// name: test-snapshot — nodes with their properties and outgoing relationships, for ids under a prefix
MATCH (n)
WHERE n.id STARTS WITH $prefix OR n.source STARTS WITH $prefix
OPTIONAL MATCH (n)-[r]->(m)
WITH n, r, m
// a household's sort value depends on its database's own key (src/graph/order-keys.ts): only whether it has one is compared
RETURN [labels(n), n {.*, firstImportedAt: null, orderKey: n.orderKey IS NOT NULL}, type(r), properties(r), coalesce(m.id, m.source, m.code)] AS line

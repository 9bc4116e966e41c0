// name: upsert-professionals — professionals by id, working at one agency
UNWIND $rows AS row
MATCH (a:Agency {id: row.agencyId})
MERGE (n:Professional {id: row.id})
WITH n, row, a, coalesce(n.sources, []) AS sources
SET n = row.props
SET n.sources = CASE WHEN $source IN sources THEN sources ELSE sources + $source END
WITH n, a
CALL (n, a) { OPTIONAL MATCH (n)-[r:WORKS_AT]->(x) WHERE x <> a DELETE r }
MERGE (n)-[:WORKS_AT]->(a)

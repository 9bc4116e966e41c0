// name: upsert-outcomes — outcomes by id (ZRM scores as zrm_<DOMAIN> properties), linked to their intervention
UNWIND $rows AS row
MATCH (i:Intervention {id: row.interventionId})
MERGE (n:Outcome {id: row.id})
WITH n, row, i, coalesce(n.sources, []) AS sources
SET n = row.props
SET n.sources = CASE WHEN $source IN sources THEN sources ELSE sources + $source END
WITH n, i
CALL (n, i) { OPTIONAL MATCH (n)-[r:OF]->(x) WHERE x <> i DELETE r }
MERGE (n)-[:OF]->(i)

// name: upsert-consents — recorded bases for sharing a household's data between agencies
UNWIND $rows AS row
MATCH (h:Household {id: row.householdId})
MERGE (n:Consent {id: row.id})
WITH n, row, h, coalesce(n.sources, []) AS sources
SET n = row.props
SET n.sources = CASE WHEN $source IN sources THEN sources ELSE sources + $source END
WITH n, row, h
CALL (n, h) { OPTIONAL MATCH (n)-[r:FOR]->(x) WHERE x <> h DELETE r }
CALL (n, row) { OPTIONAL MATCH (n)-[r:COVERS]->(x) WHERE NOT x.id IN row.agencyIds DELETE r }
MERGE (n)-[:FOR]->(h)
WITH n, row
CALL (n, row) { UNWIND row.agencyIds AS aid MATCH (a:Agency {id: aid}) MERGE (n)-[:COVERS]->(a) }

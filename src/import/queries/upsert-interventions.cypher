// name: upsert-interventions — interventions by id, linked to their agency, professional and subject (person or household)
UNWIND $rows AS row
MATCH (a:Agency {id: row.agencyId})
OPTIONAL MATCH (sp:Person {id: row.personId})
OPTIONAL MATCH (sh:Household {id: row.householdId})
WITH row, a, coalesce(sp, sh) AS subject
MERGE (n:Intervention {id: row.id})
WITH n, row, a, subject, coalesce(n.sources, []) AS sources
SET n = row.props
SET n.sources = CASE WHEN $source IN sources THEN sources ELSE sources + $source END
WITH n, row, a, subject
CALL (n, a) { OPTIONAL MATCH (n)-[r:BY|GIVEN_BY]->(x) WHERE x <> a DELETE r }
CALL (n, subject) { OPTIONAL MATCH (n)-[r:FOR]->(x) WHERE x <> subject DELETE r }
CALL (n, row) { OPTIONAL MATCH (n)-[r:HANDLED_BY]->(x) WHERE row.professionalId IS NULL OR x.id <> row.professionalId DELETE r }
MERGE (n)-[:BY]->(a)
// and GIVEN_BY (migration 015): an agency's help is counted from its degree, which BY (shared with events) cannot give
MERGE (n)-[:GIVEN_BY]->(a)
MERGE (n)-[:FOR]->(subject)
WITH n, row
CALL (n, row) { MATCH (p:Professional {id: row.professionalId}) MERGE (n)-[:HANDLED_BY]->(p) }

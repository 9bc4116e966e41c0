// name: create-interventions — interventions none of whose ids is stored yet: created with their agency, professional and subject (see upsert-interventions for the others)
UNWIND $rows AS row
MATCH (a:Agency {id: row.agencyId})
OPTIONAL MATCH (sp:Person {id: row.personId})
OPTIONAL MATCH (sh:Household {id: row.householdId})
WITH row, a, coalesce(sp, sh) AS subject
CREATE (n:Intervention)
SET n = row.props, n.sources = [$source]
CREATE (n)-[:BY]->(a)
// and GIVEN_BY (migration 015): an agency's help is counted from its degree, which BY (shared with events) cannot give
CREATE (n)-[:GIVEN_BY]->(a)
CREATE (n)-[:FOR]->(subject)
WITH n, row
CALL (n, row) { MATCH (p:Professional {id: row.professionalId}) CREATE (n)-[:HANDLED_BY]->(p) }

// name: upsert-events — events by id, linked to their agency, subject, referral target and conference participants
UNWIND $rows AS row
MATCH (a:Agency {id: row.agencyId})
OPTIONAL MATCH (sp:Person {id: row.personId})
OPTIONAL MATCH (sh:Household {id: row.householdId})
WITH row, a, coalesce(sp, sh) AS subject
MERGE (n:Event {id: row.id})
WITH n, row, a, subject, coalesce(n.sources, []) AS sources
SET n = row.props
SET n.sources = CASE WHEN $source IN sources THEN sources ELSE sources + $source END
// its type as a label too (migration 015), the old one removed when a correction changed the type
REMOVE n:$([l IN labels(n) WHERE l STARTS WITH 'Event_' AND l <> 'Event_' + n.type])
SET n:$('Event_' + n.type)
WITH n, row, a, subject
CALL (n, a) { OPTIONAL MATCH (n)-[r:BY]->(x) WHERE x <> a DELETE r }
CALL (n, subject) { OPTIONAL MATCH (n)-[r:ABOUT]->(x) WHERE x <> subject DELETE r }
CALL (n, row) { OPTIONAL MATCH (n)-[r:TARGETS]->(x) WHERE row.targetAgencyId IS NULL OR x.id <> row.targetAgencyId DELETE r }
CALL (n, row) { OPTIONAL MATCH (n)-[r:PARTICIPANT]->(x) WHERE NOT x.id IN row.participantAgencyIds DELETE r }
MERGE (n)-[:BY]->(a)
MERGE (n)-[:ABOUT]->(subject)
WITH n, row
CALL (n, row) { MATCH (t:Agency {id: row.targetAgencyId}) MERGE (n)-[:TARGETS]->(t) }
CALL (n, row) { UNWIND row.participantAgencyIds AS pid MATCH (p:Agency {id: pid}) MERGE (n)-[:PARTICIPANT]->(p) }

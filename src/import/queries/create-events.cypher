// name: create-events — events none of whose ids is stored yet: created with their links, with nothing to look for or replace (see upsert-events for the others)
UNWIND $rows AS row
MATCH (a:Agency {id: row.agencyId})
OPTIONAL MATCH (sp:Person {id: row.personId})
OPTIONAL MATCH (sh:Household {id: row.householdId})
WITH row, a, coalesce(sp, sh) AS subject
CREATE (n:Event)
SET n = row.props, n.sources = [$source]
// its type as a label too (migration 015): the events of one type are counted from the count store
SET n:$('Event_' + n.type)
CREATE (n)-[:BY]->(a)
CREATE (n)-[:ABOUT]->(subject)
WITH n, row
CALL (n, row) { MATCH (t:Agency {id: row.targetAgencyId}) CREATE (n)-[:TARGETS]->(t) }
CALL (n, row) { UNWIND row.participantAgencyIds AS pid MATCH (p:Agency {id: pid}) CREATE (n)-[:PARTICIPANT]->(p) }

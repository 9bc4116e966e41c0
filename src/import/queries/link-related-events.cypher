// name: link-related-events — a concession points to the escalation it gave in to (after all events exist)
UNWIND $rows AS row
MATCH (n:Event {id: row.id})
CALL (n, row) { OPTIONAL MATCH (n)-[r:RELATES_TO]->(x) WHERE row.relatedEventId IS NULL OR x.id <> row.relatedEventId DELETE r }
WITH n, row
CALL (n, row) { MATCH (e:Event {id: row.relatedEventId}) MERGE (n)-[:RELATES_TO]->(e) }

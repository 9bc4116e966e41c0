// name: migration-015-record-counts — every event carries a label of its type (Event_SIGNAL, Event_CONTACT, …) and all help a GIVEN_BY to its agency besides its BY, both kept by every writer, so the events of one type are counted from Neo4j's count store and one agency's events and help from its degrees (src/read/list.service.ts); set here for the records a store already holds
MATCH (e:Event) WHERE e.type IS NOT NULL AND NOT ('Event_' + e.type) IN labels(e)
CALL (e) { SET e:$('Event_' + e.type) } IN TRANSACTIONS OF 10000 ROWS;
MATCH (i:Intervention)-[:BY]->(a:Agency) WHERE NOT EXISTS { (i)-[:GIVEN_BY]->(a) }
CALL (i, a) { CREATE (i)-[:GIVEN_BY]->(a) } IN TRANSACTIONS OF 10000 ROWS;

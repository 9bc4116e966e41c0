// name: migration-005-audit-subjects — every audit entry linked to the persons and households it touched (and ids looked up in vain), so a subject access request finds them by index
CREATE CONSTRAINT audit_subject_key IF NOT EXISTS FOR (n:AuditSubject) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT audit_checkpoint_id IF NOT EXISTS FOR (n:AuditCheckpoint) REQUIRE n.id IS UNIQUE;
MATCH (e:AuditEvent) WHERE NOT EXISTS { (e)-[:CONCERNS]->() }
CALL (e) {
  UNWIND [p IN coalesce(e.persons, []) | 'Person:' + p] + [h IN coalesce(e.households, []) | 'Household:' + h] + coalesce(e.requested, []) AS key
  MERGE (s:AuditSubject {key: key})
  CREATE (e)-[:CONCERNS]->(s)
} IN TRANSACTIONS OF 1000 ROWS;

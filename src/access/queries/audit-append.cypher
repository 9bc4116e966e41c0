// name: audit-append — appends audit events in order (one group commit), links each to the persons and households it touched (for subject access requests), and moves the head to the last (same transaction as the lock)
UNWIND $entries AS entry
CREATE (e:AuditEvent)
SET e = entry
WITH e, entry
FOREACH (key IN [p IN entry.persons | 'Person:' + p] + [h IN entry.households | 'Household:' + h] + coalesce(entry.requested, []) |
  MERGE (s:AuditSubject {key: key})
  CREATE (e)-[:CONCERNS]->(s))
WITH count(e) AS appended
MATCH (h:AuditHead {id: 'head'})
SET h.seq = $last.seq, h.hash = $last.hash, h.locked = false
RETURN appended

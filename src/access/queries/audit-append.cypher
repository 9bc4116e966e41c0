// name: audit-append — appends one audit event, links it to the persons and households it touched (for subject access requests), and moves the head to it (same transaction as the lock)
CREATE (e:AuditEvent)
SET e = $entry
WITH e
FOREACH (key IN [p IN $entry.persons | 'Person:' + p] + [h IN $entry.households | 'Household:' + h] + coalesce($entry.requested, []) |
  MERGE (s:AuditSubject {key: key})
  CREATE (e)-[:CONCERNS]->(s))
WITH e
MATCH (h:AuditHead {id: 'head'})
SET h.seq = e.seq, h.hash = e.hash, h.locked = false

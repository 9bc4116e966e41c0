// name: audit-append — appends one audit event and moves the head to it (same transaction as the lock)
CREATE (e:AuditEvent)
SET e = $entry
WITH e
MATCH (h:AuditHead {id: 'head'})
SET h.seq = e.seq, h.hash = e.hash, h.locked = false

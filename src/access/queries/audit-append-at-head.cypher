// name: audit-append-at-head — in one statement: takes the chain's head under its write lock and, if it is still the entry this process appended last ($from), appends the group after it (to be linked to its subjects by audit-link-pending, off the answer's path) and moves the head; otherwise appends nothing (another writer came between) and returns where the head is
MATCH (h:AuditHead {id: 'head'})
SET h.locked = true
WITH h, h.seq = $from.seq AND h.hash = $from.hash AS fresh
CALL (h, fresh) {
  WITH h WHERE fresh
  UNWIND $entries AS entry
  CREATE (e:AuditEvent:AuditUnlinked)
  SET e = entry
  WITH h, count(e) AS appended
  SET h.seq = $last.seq, h.hash = $last.hash
}
SET h.locked = false
RETURN fresh AS appended, h.seq AS seq, h.hash AS hash

// name: audit-append-at-head — in one statement: takes the chain's head under its write lock and, if it is still the entry this process appended last ($from), appends the group after it and moves the head; otherwise appends nothing (another writer came between) and returns where the head is
MATCH (h:AuditHead {id: 'head'})
SET h.locked = true
WITH h, h.seq = $from.seq AND h.hash = $from.hash AS fresh
CALL (h, fresh) {
  WITH h WHERE fresh
  UNWIND $entries AS entry
  CREATE (e:AuditEvent)
  SET e = entry
  WITH h, e, entry
  FOREACH (key IN [p IN entry.persons | 'Person:' + p] + [x IN entry.households | 'Household:' + x] + coalesce(entry.requested, []) |
    MERGE (s:AuditSubject {key: key})
    CREATE (e)-[:CONCERNS]->(s))
  WITH h, count(e) AS appended
  SET h.seq = $last.seq, h.hash = $last.hash
}
SET h.locked = false
RETURN fresh AS appended, h.seq AS seq, h.hash AS hash

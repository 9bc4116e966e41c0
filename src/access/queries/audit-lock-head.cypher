// name: audit-lock-head — takes the chain's head under a write lock (one append at a time) and returns the last seq and hash, and whether the entry $triedId (the last of an earlier try whose answer was lost; null: none) is in the trail already
MERGE (h:AuditHead {id: 'head'})
ON CREATE SET h.seq = 0, h.hash = ''
SET h.locked = true
RETURN h.seq AS seq, h.hash AS hash, EXISTS { MATCH (:AuditEvent {id: $triedId}) } AS triedWritten

// name: audit-lock-head — takes the chain's head under a write lock (one append at a time) and returns the last seq and hash
MERGE (h:AuditHead {id: 'head'})
ON CREATE SET h.seq = 0, h.hash = ''
SET h.locked = true
RETURN h.seq AS seq, h.hash AS hash

// name: bench-audit-bulk-head — the trail's head moved past the bulk-written entries, so the API appends after them
MERGE (h:AuditHead {id: 'head'})
ON CREATE SET h.hash = ''
SET h.seq = $seq

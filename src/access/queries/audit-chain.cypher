// name: audit-chain — a stretch of the trail in order, for verifying its hash chain
MATCH (e:AuditEvent)
WHERE e.seq > $afterSeq
RETURN properties(e) AS entry
ORDER BY e.seq
LIMIT $limit

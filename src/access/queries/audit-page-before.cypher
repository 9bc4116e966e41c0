// name: audit-page-before — the page of audit events before $cursorSeq (newest first), filtered by user and period: walked up the seq index from the cursor, nearest first, cut at $limit
MATCH (e:AuditEvent)
WHERE e.seq > $cursorSeq
  AND ($userId IS NULL OR e.userId = $userId)
  AND ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at < $to)
WITH e ORDER BY e.seq LIMIT $limit
RETURN collect(properties(e)) AS rows

// name: audit-page — a page of audit events, newest first, filtered by user and period: walked down the seq index from $cursorSeq and cut at $limit (not the whole trail collected); counted apart (audit-count-*)
MATCH (e:AuditEvent)
WHERE e.seq < $cursorSeq
  AND ($userId IS NULL OR e.userId = $userId)
  AND ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at < $to)
WITH e ORDER BY e.seq DESC LIMIT $limit
RETURN collect(properties(e)) AS rows

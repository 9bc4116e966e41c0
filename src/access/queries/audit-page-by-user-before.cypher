// name: audit-page-by-user-before — the page of one user's audit events just newer than $cursorSeq, nearest first, in a period if given: found by the userId index
MATCH (e:AuditEvent)
WHERE e.userId = $userId AND e.seq > $cursorSeq
  AND ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at < $to)
WITH e ORDER BY e.seq LIMIT $limit
RETURN collect(properties(e)) AS rows

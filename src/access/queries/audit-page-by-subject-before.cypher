// name: audit-page-by-subject-before — the page of a person's or household's audit events just newer than $cursorSeq, nearest first, filtered by user and period
MATCH (:AuditSubject {key: $key})<-[:CONCERNS]-(e:AuditEvent)
WHERE e.seq > $cursorSeq
  AND ($userId IS NULL OR e.userId = $userId)
  AND ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at < $to)
  AND ($alsoKey IS NULL OR EXISTS { (e)-[:CONCERNS]->(:AuditSubject {key: $alsoKey}) })
WITH e ORDER BY e.seq LIMIT $limit
RETURN collect(properties(e)) AS rows

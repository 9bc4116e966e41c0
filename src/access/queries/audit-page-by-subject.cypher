// name: audit-page-by-subject — a page of a person's or household's audit events (a subject access request), newest first, from its AuditSubject node by index: its entries older than $cursorSeq, filtered by user and period, the $limit newest kept as they come (a top-k, not a sorted collection of the subject's whole trail)
MATCH (:AuditSubject {key: $key})<-[:CONCERNS]-(e:AuditEvent)
WHERE e.seq < $cursorSeq
  AND ($userId IS NULL OR e.userId = $userId)
  AND ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at < $to)
  AND ($alsoKey IS NULL OR EXISTS { (e)-[:CONCERNS]->(:AuditSubject {key: $alsoKey}) })
WITH e ORDER BY e.seq DESC LIMIT $limit
RETURN collect(properties(e)) AS rows

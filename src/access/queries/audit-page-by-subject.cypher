// name: audit-page-by-subject — a person's or household's audit events (a subject access request), by seq descending, found through its AuditSubject node by index; filtered further by user and period
MATCH (:AuditSubject {key: $key})<-[:CONCERNS]-(e:AuditEvent)
WHERE ($userId IS NULL OR e.userId = $userId)
  AND ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at < $to)
  AND ($alsoKey IS NULL OR EXISTS { (e)-[:CONCERNS]->(:AuditSubject {key: $alsoKey}) })
WITH e ORDER BY e.seq DESC
WITH collect(e) AS matching
// a page after $cursorSeq, or ($backward) the one before it, nearest first
RETURN size(matching) AS total,
       CASE WHEN $backward THEN reverse([e IN matching WHERE $cursorSeq IS NULL OR e.seq > $cursorSeq | properties(e)])[0..$limit]
            ELSE [e IN matching WHERE $cursorSeq IS NULL OR e.seq < $cursorSeq | properties(e)][0..$limit] END AS rows

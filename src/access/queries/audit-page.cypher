// name: audit-page — audit events by seq descending, filtered by user and period (by person or household: audit-page-by-subject)
MATCH (e:AuditEvent)
WHERE ($userId IS NULL OR e.userId = $userId)
  AND ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at < $to)
WITH e ORDER BY e.seq DESC
WITH collect(e) AS matching
// a page after $cursorSeq, or ($backward) the one before it, nearest first
RETURN size(matching) AS total,
       CASE WHEN $backward THEN reverse([e IN matching WHERE $cursorSeq IS NULL OR e.seq > $cursorSeq | properties(e)])[0..$limit]
            ELSE [e IN matching WHERE $cursorSeq IS NULL OR e.seq < $cursorSeq | properties(e)][0..$limit] END AS rows

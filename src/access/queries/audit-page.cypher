// name: audit-page — audit events by seq descending, filtered by user and period (by person or household: audit-page-by-subject)
MATCH (e:AuditEvent)
WHERE ($userId IS NULL OR e.userId = $userId)
  AND ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at < $to)
WITH e ORDER BY e.seq DESC
WITH collect(e) AS matching
RETURN size(matching) AS total, [e IN matching WHERE $afterSeq IS NULL OR e.seq < $afterSeq | properties(e)][0..$limit] AS rows

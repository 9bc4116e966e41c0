// name: audit-page-in-period-before — the page of a period's audit events before the cursor (newer; the list is newest first): walked up the at index from the cursor (or the period's start), nearest first, cut at $limit
MATCH (e:AuditEvent)
WHERE e.at >= $from AND e.at < $to AND e.at >= $cursorAt
  AND (e.at > $cursorAt OR e.seq > $cursorSeq)
WITH e ORDER BY e.at, e.seq LIMIT $limit
RETURN collect(properties(e)) AS rows

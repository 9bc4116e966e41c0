// name: audit-page-in-period — a page of the audit events of a period, newest first by moment (then seq): walked down the at index from the cursor (or the period's end), so a period early in a long trail costs what a late one does; the whole trail and one user's page walk seq instead (audit-page, audit-page-by-user)
MATCH (e:AuditEvent)
WHERE e.at >= $from AND e.at < $to AND e.at <= $cursorAt
  AND (e.at < $cursorAt OR e.seq < $cursorSeq)
WITH e ORDER BY e.at DESC, e.seq DESC LIMIT $limit
RETURN collect(properties(e)) AS rows

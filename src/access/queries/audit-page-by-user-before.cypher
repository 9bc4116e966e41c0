// name: audit-page-by-user-before — the page of one user's audit events just newer than $cursorSeq, nearest first, in a period if given: up the seq index from the cursor, at most $budget entries, and from the userId index when that did not fill the page (as audit-page-by-user)
CALL () {
  MATCH (e:AuditEvent)
  WHERE e.seq > $cursorSeq
  WITH e ORDER BY e.seq LIMIT $budget
  WITH e WHERE e.userId = $userId AND ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at < $to)
  WITH e LIMIT $limit
  RETURN collect(properties(e)) AS walked
}
CALL (walked) {
  // only when the walk did not fill the page (an UNWIND of nothing: a WHERE here was planned after the index seek)
  UNWIND CASE WHEN size(walked) < $limit THEN [true] ELSE [] END AS unfilled
  MATCH (e:AuditEvent)
  USING INDEX e:AuditEvent(userId)
  WHERE e.userId = $userId AND e.seq > $cursorSeq
    AND ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at < $to)
  WITH e ORDER BY e.seq LIMIT $limit
  RETURN collect(properties(e)) AS indexed
}
RETURN CASE WHEN size(walked) >= $limit THEN walked ELSE indexed END AS rows

// name: audit-page-by-user — a page of one user's audit events, newest first, in a period if given: first down the seq index from the cursor, at most $budget entries (a user with many entries fills a page there: 30 ms for one of 100 users on 10 M entries); a page not filled there comes from the userId index, the $limit newest kept (a rare user's 10 entries in 5 ms, where walking the trail for them took 5.6 s). Either way the rows are the user's newest below the cursor
CALL () {
  MATCH (e:AuditEvent)
  WHERE e.seq < $cursorSeq
  WITH e ORDER BY e.seq DESC LIMIT $budget
  WITH e WHERE e.userId = $userId AND ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at < $to)
  WITH e LIMIT $limit
  RETURN collect(properties(e)) AS walked
}
CALL (walked) {
  // only when the walk did not fill the page (an UNWIND of nothing: a WHERE here was planned after the index seek)
  UNWIND CASE WHEN size(walked) < $limit THEN [true] ELSE [] END AS unfilled
  MATCH (e:AuditEvent)
  USING INDEX e:AuditEvent(userId)
  WHERE e.userId = $userId AND e.seq < $cursorSeq
    AND ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at < $to)
  WITH e ORDER BY e.seq DESC LIMIT $limit
  RETURN collect(properties(e)) AS indexed
}
RETURN CASE WHEN size(walked) >= $limit THEN walked ELSE indexed END AS rows

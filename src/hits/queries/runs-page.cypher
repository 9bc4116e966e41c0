// name: runs-page — detection runs, newest first, with the total: a page after $cursorSeq, or ($backward) the one before it, nearest first
CALL () { MATCH (r:DetectionRun) RETURN count(r) AS total }
CALL () {
  MATCH (r:DetectionRun)
  WHERE $cursorSeq IS NULL OR ($backward AND r.seq > $cursorSeq) OR (NOT $backward AND r.seq < $cursorSeq)
  WITH r ORDER BY CASE WHEN $backward THEN r.seq ELSE -r.seq END LIMIT $limit
  RETURN collect(properties(r)) AS rows
}
RETURN total, rows

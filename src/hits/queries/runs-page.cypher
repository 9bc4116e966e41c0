// name: runs-page — detection runs, newest first, with the total
CALL () { MATCH (r:DetectionRun) RETURN count(r) AS total }
CALL () {
  MATCH (r:DetectionRun) WHERE $afterSeq IS NULL OR r.seq < $afterSeq
  WITH r ORDER BY r.seq DESC LIMIT $limit
  RETURN collect(properties(r)) AS rows
}
RETURN total, rows

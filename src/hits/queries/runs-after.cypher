// name: runs-after — the detection runs after a number, oldest first (what a watcher has not yet announced)
MATCH (r:DetectionRun)
WHERE $afterSeq IS NULL OR r.seq > $afterSeq
WITH r ORDER BY r.seq DESC LIMIT CASE WHEN $afterSeq IS NULL THEN 1 ELSE 100 END
WITH r ORDER BY r.seq
RETURN properties(r) AS run

// name: record-run — records a finished detection run, numbered after the last one
OPTIONAL MATCH (last:DetectionRun)
WITH max(last.seq) AS seq
CREATE (r:DetectionRun)
SET r = $run, r.seq = coalesce(seq, 0) + 1
RETURN properties(r) AS run

// name: latest-run — the newest detection run, if any
MATCH (r:DetectionRun)
WITH r ORDER BY r.seq DESC LIMIT 1
RETURN properties(r) AS run

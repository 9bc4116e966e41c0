// name: test-integrity-stale-lock — makes the detection lock look as if its run stopped renewing it 16 minutes ago
MATCH (l:DetectionLock {id: 'detection'})
SET l.since = datetime() - duration({minutes: 16})

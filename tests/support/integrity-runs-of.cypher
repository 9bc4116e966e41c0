// name: test-integrity-runs-of — the recorded detection runs started by one trigger
MATCH (r:DetectionRun {trigger: $trigger})
RETURN r.seq AS seq

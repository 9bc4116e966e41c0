// name: detection-unlock — gives the detection lock back, if this run still holds it
MATCH (l:DetectionLock {id: 'detection'})
WHERE l.runId = $runId
SET l.runId = null, l.since = null

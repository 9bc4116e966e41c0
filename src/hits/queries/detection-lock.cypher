// name: detection-lock — takes the database's one detection lock for a run, unless another live run holds it (a lock older than $staleMs is taken over)
MERGE (l:DetectionLock {id: 'detection'})
// write first: the node's write lock makes concurrent takers wait, so what is read next is not stale
SET l.asked = datetime()
WITH l, l.runId IS NULL OR l.since < datetime() - duration({milliseconds: $staleMs}) AS free
SET l.runId = CASE WHEN free THEN $runId ELSE l.runId END,
    l.since = CASE WHEN free THEN datetime() ELSE l.since END
RETURN free AS taken

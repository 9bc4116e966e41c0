// name: detection-lock — takes the database's one detection lock for a run, unless another live run holds it (a lock older than $staleMs is taken over, and so is one whose holder $deadRunId was seen to have died); says who holds it otherwise
MERGE (l:DetectionLock {id: 'detection'})
// write first: the node's write lock makes concurrent takers wait, so what is read next is not stale
SET l.asked = datetime()
WITH l, l.runId IS NULL OR l.since < datetime() - duration({milliseconds: $staleMs}) OR l.runId = $deadRunId AS free
SET l.runId = CASE WHEN free THEN $runId ELSE l.runId END,
    l.since = CASE WHEN free THEN datetime() ELSE l.since END,
    l.host = CASE WHEN free THEN $host ELSE l.host END,
    l.pid = CASE WHEN free THEN $pid ELSE l.pid END
RETURN free AS taken, l.runId AS holder, l.host AS host, l.pid AS pid

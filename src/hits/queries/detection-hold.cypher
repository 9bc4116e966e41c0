// name: detection-hold — renews a run's detection lock and says whether the run still holds it (no row: it was taken over)
MATCH (l:DetectionLock {id: 'detection'})
// write first: the node's write lock orders this against a takeover, so the holder read next is the latest
SET l.asked = datetime()
WITH l WHERE l.runId = $runId
SET l.since = datetime()
RETURN true AS held

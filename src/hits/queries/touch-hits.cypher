// name: touch-hits — hits a run found again unchanged: only the day it last saw them and the run
UNWIND $keys AS key
MATCH (h:StoredHit {key: key})
SET h.lastSeen = $today, h.runId = $runId

// name: close-hits — closes hits a run no longer finds as GONE, keeping them and their history
UNWIND $keys AS key
MATCH (h:StoredHit {key: key})
CREATE (h)-[:CHANGED]->(:HitChange {at: datetime(), by: 'detection', runId: $runId, from: h.status, to: 'GONE', reason: 'NOT_FOUND'})
SET h.status = 'GONE', h.runId = $runId, h.assigneeId = null

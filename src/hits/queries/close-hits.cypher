// name: close-hits — closes hits a run no longer finds as GONE, keeping them and their history (a triage made meanwhile is recorded as the status it closes)
UNWIND $keys AS key
MATCH (h:StoredHit {key: key})
// writing first takes the node's write lock: the status read next is the latest committed one
SET h.runId = $runId
WITH h, h.status AS from WHERE from <> 'GONE'
CREATE (h)-[:CHANGED]->(:HitChange {at: datetime(), by: 'detection', runId: $runId, from: from, to: 'GONE', reason: 'NOT_FOUND'})
SET h.status = 'GONE', h.assigneeId = null
// the moves, for the counters (tally-moves)
RETURN collect({kind: h.kind, from: from, to: 'GONE'}) AS moves

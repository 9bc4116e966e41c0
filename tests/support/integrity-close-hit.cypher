// name: test-integrity-close-hit — closes one stored hit as a run would (a test holds this transaction open)
MATCH (h:StoredHit {id: $id})
SET h.status = 'GONE', h.assigneeId = null

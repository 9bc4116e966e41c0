// name: triage-hit — a person changes a stored hit's status (not a gone one), recording who, when, from, to, why (a Judgement: see judgement-figures); no row: the hit is gone
MATCH (h:StoredHit {id: $id})
// write first: the node's write lock makes a run closing it at the same time finish first, so the status read next is the latest
SET h.triagedAt = datetime()
WITH h, h.status AS from WHERE from <> 'GONE'
CREATE (h)-[:CHANGED]->(:HitChange:Judgement {at: datetime(), by: $userId, from: from, to: $status, reason: $reason, note: $note})
SET h.status = $status, h.assigneeId = CASE WHEN $assigneeId IS NOT NULL THEN $assigneeId WHEN $status = 'NEW' THEN null ELSE h.assigneeId END
RETURN h.id AS id, [{kind: h.kind, from: from, to: $status}] AS moves

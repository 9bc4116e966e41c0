// name: triage-hit — a person changes a stored hit's status (not a gone one), recording who, when, from, to, why (a Judgement: see judgement-figures)
MATCH (h:StoredHit {id: $id})
WHERE h.status <> 'GONE'
CREATE (h)-[:CHANGED]->(:HitChange:Judgement {at: datetime(), by: $userId, from: h.status, to: $status, reason: $reason, note: $note})
SET h.status = $status, h.assigneeId = CASE WHEN $assigneeId IS NOT NULL THEN $assigneeId WHEN $status = 'NEW' THEN null ELSE h.assigneeId END
RETURN h.id AS id

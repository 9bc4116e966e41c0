// name: test-stored-hit-state — a stored hit's status, its assignee, and how many changes its history holds
MATCH (h:StoredHit {id: $id})
OPTIONAL MATCH (h)-[:CHANGED]->(c:HitChange)
RETURN h.status AS status, h.assigneeId AS assigneeId, count(c) AS changes

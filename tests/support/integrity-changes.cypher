// name: test-integrity-changes — one stored hit's status and history, oldest first
MATCH (h:StoredHit {id: $id})
OPTIONAL MATCH (h)-[:CHANGED]->(c:HitChange)
WITH h, c ORDER BY c.at
RETURN h.status AS status, h.score AS score, collect([c.by, c.from, c.to, c.reason]) AS history

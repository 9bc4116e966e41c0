// name: hit-history — every change of each stored hit, oldest first
UNWIND $ids AS id
MATCH (:StoredHit {id: id})-[:CHANGED]->(c:HitChange)
RETURN id AS key, c {at: toString(c.at), .by, .from, .to, .reason, .note} AS row
ORDER BY c.at

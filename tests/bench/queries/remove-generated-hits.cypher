// name: bench-remove-generated-hits — removes the stored hits (and their history) of what a benchmark imported, 10,000 at a time
MATCH (h:StoredHit) WHERE h.subjectId STARTS WITH $prefix
CALL (h) { OPTIONAL MATCH (h)-[:CHANGED]->(c:HitChange) DETACH DELETE c, h } IN TRANSACTIONS OF 10000 ROWS

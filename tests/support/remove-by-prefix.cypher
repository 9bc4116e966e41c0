// name: test-remove-by-prefix — removes what one test wrote (ids and delivery sources under its prefix, stored hits about its subjects, case work on its households), and makes cached results stale
MATCH (n)
WHERE n.id STARTS WITH $prefix OR n.source STARTS WITH $prefix OR (n:StoredHit AND n.subjectId STARTS WITH $prefix)
   OR n.householdId STARTS WITH $prefix
OPTIONAL MATCH (n)-[:CHANGED]->(c:HitChange)
DETACH DELETE c, n
WITH count(*) AS removed
MERGE (v:DataVersion {id: 'data'})
SET v.version = coalesce(v.version, 0) + 1

// name: test-stored-hits-by-prefix — stored hits of one kind on households whose id starts with a test's prefix
MATCH (s:StoredHit {kind: $kind})
WHERE s.subjectId STARTS WITH $prefix
RETURN s.id AS id
ORDER BY s.id
LIMIT $limit

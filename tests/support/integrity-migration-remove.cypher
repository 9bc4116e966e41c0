// name: test-integrity-migration-remove — removes what the test migration wrote and its record
MATCH (n)
WHERE (n:IntegrityProbe AND n.id STARTS WITH 'integrity-migration-probe') OR (n:Migration AND n.version = $version)
DETACH DELETE n

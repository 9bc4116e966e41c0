// name: test-integrity-migration-probes — what the test migration wrote, and whether it is recorded as applied
OPTIONAL MATCH (p:IntegrityProbe) WHERE p.id STARTS WITH 'integrity-migration-probe'
WITH collect(p.id) AS probes
OPTIONAL MATCH (m:Migration {version: $version})
RETURN probes, count(m) AS recorded

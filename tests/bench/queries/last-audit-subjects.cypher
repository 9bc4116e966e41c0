// name: bench-last-audit-subjects — the households and persons the trail's last entry of an operation names (what the API recorded a list page as showing)
MATCH (e:AuditEvent)
WHERE e.operation = $operation
WITH e ORDER BY e.seq DESC LIMIT 1
RETURN e.households AS households, e.persons AS persons

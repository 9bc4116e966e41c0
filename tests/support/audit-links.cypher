// name: test-audit-links — how many audit entries each subject (by key) is linked to, and how many entries naming it wait to be linked
UNWIND $keys AS key
OPTIONAL MATCH (:AuditSubject {key: key})<-[r:CONCERNS]-(:AuditEvent)
WITH key, count(r) AS links
OPTIONAL MATCH (pending:AuditUnlinked) WHERE 'Person:' + head(pending.persons) = key
RETURN key, links, count(pending) AS pending

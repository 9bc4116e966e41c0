// name: audit-count-all — how many audit events there are: from the count store, not by reading them
MATCH (e:AuditEvent)
RETURN count(e) AS total

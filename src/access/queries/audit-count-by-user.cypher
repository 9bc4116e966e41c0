// name: audit-count-by-user — how many audit events one user's accesses made, in a period if given: from the userId index
MATCH (e:AuditEvent {userId: $userId})
WHERE ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at < $to)
RETURN count(e) AS total

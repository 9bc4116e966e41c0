// name: audit-count-in-period — how many audit events fall in a period: from the at index
MATCH (e:AuditEvent)
WHERE e.at >= coalesce($from, '') AND e.at < coalesce($to, '9999')
RETURN count(e) AS total

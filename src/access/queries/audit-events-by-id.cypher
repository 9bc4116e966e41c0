// name: audit-events-by-id — audit events by their ids, for a DataLoader batch, as audit-page returns them
UNWIND $ids AS id
MATCH (e:AuditEvent {id: id})
RETURN properties(e) AS row

// name: audit-checkpoint — where the verifiable chain starts after retention removed older entries (none: from the first entry)
OPTIONAL MATCH (c:AuditCheckpoint {id: 'checkpoint'})
RETURN c.seq AS seq, c.hash AS hash

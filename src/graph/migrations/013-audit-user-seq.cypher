// name: migration-013-audit-user-seq — one user's audit events walked in seq order from a cursor (issue 26): on a trail of 10 M entries a rare user's page walked the whole seq index to fill a page
CREATE INDEX audit_event_user_seq IF NOT EXISTS FOR (n:AuditEvent) ON (n.userId, n.seq);

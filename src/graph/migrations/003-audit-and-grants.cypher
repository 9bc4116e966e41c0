// name: migration-003-audit-and-grants — the append-only audit trail and coordinators' household grants
CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT audit_event_seq IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.seq IS UNIQUE;
CREATE INDEX audit_event_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.at);
CREATE INDEX audit_event_user IF NOT EXISTS FOR (n:AuditEvent) ON (n.userId);
CREATE INDEX grant_user IF NOT EXISTS FOR (n:Grant) ON (n.userId);

// name: migration-006-audit-head — one chain head, made before the first request: concurrent first appends each MERGEd their own head and all but one failed on the seq constraint
CREATE CONSTRAINT audit_head_id IF NOT EXISTS FOR (n:AuditHead) REQUIRE n.id IS UNIQUE;
MERGE (h:AuditHead {id: 'head'}) ON CREATE SET h.seq = 0, h.hash = '';

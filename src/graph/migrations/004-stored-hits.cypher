// name: migration-004-stored-hits — pattern hits kept as work: one node per (kind, subject), their triage history, the detection runs and their lock
CREATE CONSTRAINT stored_hit_key IF NOT EXISTS FOR (n:StoredHit) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT stored_hit_id IF NOT EXISTS FOR (n:StoredHit) REQUIRE n.id IS UNIQUE;
CREATE INDEX stored_hit_kind_status IF NOT EXISTS FOR (n:StoredHit) ON (n.kind, n.status);
CREATE INDEX stored_hit_subject IF NOT EXISTS FOR (n:StoredHit) ON (n.subjectId);
CREATE INDEX stored_hit_by_score IF NOT EXISTS FOR (n:StoredHit) ON (n.kind, n.score, n.id);
CREATE INDEX stored_hit_by_first_seen IF NOT EXISTS FOR (n:StoredHit) ON (n.kind, n.firstSeen, n.score, n.id);
CREATE CONSTRAINT detection_run_id IF NOT EXISTS FOR (n:DetectionRun) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT detection_run_seq IF NOT EXISTS FOR (n:DetectionRun) REQUIRE n.seq IS UNIQUE;
CREATE CONSTRAINT detection_lock_id IF NOT EXISTS FOR (n:DetectionLock) REQUIRE n.id IS UNIQUE;

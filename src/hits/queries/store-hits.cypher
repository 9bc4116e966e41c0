// name: store-hits — writes a run's hits: creates or updates each, and records each status change in its history
UNWIND $rows AS row
MERGE (h:StoredHit {key: row.key})
ON CREATE SET h.id = row.id, h.kind = row.kind, h.subjectType = row.subjectType, h.subjectId = row.subjectId
SET h.score = row.score, h.evidence = row.evidence, h.explanationEN = row.explanationEN, h.explanationNL = row.explanationNL,
    h.neighbourhoods = row.neighbourhoods, h.agencyIds = row.agencyIds, h.fingerprint = row.fingerprint, h.textPrint = row.textPrint,
    h.status = row.status, h.firstSeen = coalesce(date(row.firstSeen), h.firstSeen), h.lastSeen = date(row.lastSeen), h.runId = $runId
FOREACH (change IN CASE WHEN row.change IS NULL THEN [] ELSE [row.change] END |
  CREATE (h)-[:CHANGED]->(:HitChange {at: datetime(), by: 'detection', runId: $runId, from: change.from, to: change.to,
                                      reason: change.reason, note: change.note}))

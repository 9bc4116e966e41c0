// name: store-hits — writes a run's hits: their evidence always; a status change only where the status is still the one the run read (a triage made while the run ran stands), with its history; returns the changes made (moves) for the counters
UNWIND $rows AS row
MERGE (h:StoredHit {key: row.key})
ON CREATE SET h.id = row.id, h.kind = row.kind, h.subjectType = row.subjectType, h.subjectId = row.subjectId
// writing first takes the node's write lock: the status read next is the latest committed one, not one a triage is about to replace
SET h.score = row.score, h.evidence = row.evidence, h.explanationEN = row.explanationEN, h.explanationNL = row.explanationNL,
    h.neighbourhoods = row.neighbourhoods, h.agencyIds = row.agencyIds, h.fingerprint = row.fingerprint, h.textPrint = row.textPrint,
    h.lastSeen = date(row.lastSeen), h.runId = $runId
WITH h, row, CASE WHEN row.change IS NOT NULL AND coalesce(h.status, '') = coalesce(row.change.from, '') THEN [row.change] ELSE [] END AS changes
FOREACH (change IN changes |
  SET h.status = change.to, h.firstSeen = coalesce(date(row.firstSeen), h.firstSeen),
      h.newAt = CASE WHEN change.to = 'NEW' THEN datetime() ELSE h.newAt END
  CREATE (h)-[:CHANGED]->(:HitChange {at: datetime(), by: 'detection', runId: $runId, from: change.from, to: change.to,
                                      reason: change.reason, note: change.note}))
// a status change not made because someone changed the status meanwhile: not counted as made; the ones made, for the counters (tally-moves)
RETURN count(CASE WHEN size(changes) = 0 AND row.change IS NOT NULL THEN 1 END) AS overtaken,
       collect(CASE WHEN size(changes) > 0 THEN {kind: h.kind, from: changes[0].from, to: changes[0].to} END) AS moves

// name: status-counts — every kind's stored hits per status (triage changes these between runs), from the counters kept with every status change (tally-moves), with the last run's summary
CALL () {
  OPTIONAL MATCH (t:HitTally) WHERE t.n > 0
  RETURN collect({kind: t.kind, status: t.status, hits: t.n}) AS statuses
}
CALL () {
  OPTIONAL MATCH (r:DetectionRun)
  WITH r ORDER BY r.seq DESC LIMIT 1
  RETURN r.asOf AS asOf, r.summary AS summary
}
RETURN statuses, asOf, summary

// name: status-counts — every kind's stored hits per status (triage changes these between runs), read from the index alone, with the last run's summary
CALL () {
  MATCH (h:StoredHit)
  USING INDEX h:StoredHit(kind, status)
  WHERE h.kind IS NOT NULL AND h.status IS NOT NULL
  WITH h.kind AS kind, h.status AS status, count(*) AS n
  RETURN collect({kind: kind, status: status, hits: n}) AS statuses
}
CALL () {
  OPTIONAL MATCH (r:DetectionRun)
  WITH r ORDER BY r.seq DESC LIMIT 1
  RETURN r.asOf AS asOf, r.summary AS summary
}
RETURN statuses, asOf, summary

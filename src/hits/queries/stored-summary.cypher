// name: stored-summary — counts of the stored hits (not gone) per kind, neighbourhood and agency, and of all per kind and status, with the last run's date
CALL () { MATCH (r:DetectionRun) RETURN r.asOf AS asOf ORDER BY r.seq DESC LIMIT 1 }
CALL () {
  MATCH (h:StoredHit) WHERE h.status <> 'GONE'
  RETURN collect({kind: h.kind, neighbourhoods: h.neighbourhoods, agencyIds: h.agencyIds}) AS hits
}
CALL () {
  MATCH (h:StoredHit)
  WITH h.kind AS kind, h.status AS status, count(*) AS n
  RETURN collect({kind: kind, status: status, hits: n}) AS statuses
}
RETURN asOf, hits, statuses

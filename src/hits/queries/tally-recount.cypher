// name: tally-recount — sets every counter per kind and status to what the stored hits say (a full run does this last, so a counter that drifted, by a restore or a hand edit, is right again); every counter is locked first, so a triage meanwhile waits and then adds its move to the recount
OPTIONAL MATCH (t:HitTally)
SET t.lock = true
REMOVE t.lock
WITH collect(t) AS tallies
CALL () {
  MATCH (h:StoredHit)
  USING INDEX h:StoredHit(kind, status)
  WHERE h.kind IS NOT NULL AND h.status IS NOT NULL
  WITH h.kind AS kind, h.status AS status, count(*) AS n
  RETURN collect({key: kind + '/' + status, kind: kind, status: status, n: n}) AS counted
}
FOREACH (t IN tallies | SET t.n = 0)
FOREACH (c IN counted | MERGE (t:HitTally {key: c.key}) SET t.kind = c.kind, t.status = c.status, t.n = c.n)
RETURN size(counted) AS counters

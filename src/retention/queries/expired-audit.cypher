// name: expired-audit — removes the audit entries older than the cutoff, as a prefix of the chain (up to the first entry that is kept), keeping the last removed entry's seq and hash as the chain's checkpoint
OPTIONAL MATCH (kept:AuditEvent) WHERE kept.at >= $cutoff
WITH min(kept.seq) AS firstKept
MATCH (e:AuditEvent) WHERE e.at < $cutoff AND (firstKept IS NULL OR e.seq < firstKept)
WITH e ORDER BY e.seq
WITH collect(e) AS expired
WITH expired, expired[-1] AS last
CALL (last) {
  WITH last WHERE last IS NOT NULL
  MERGE (c:AuditCheckpoint {id: 'checkpoint'})
  SET c.seq = last.seq, c.hash = last.hash, c.at = last.at
}
CALL (expired) {
  UNWIND expired AS e
  DETACH DELETE e
  RETURN count(e) AS removed
}
CALL () {
  MATCH (s:AuditSubject) WHERE NOT EXISTS { (s)<-[:CONCERNS]-() }
  DELETE s
}
RETURN removed

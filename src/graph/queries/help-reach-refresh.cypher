// name: help-reach-refresh — each named household's reach set again from its records: REACHED_BY to every agency whose help or events are on it (or on a member while a member: an agency worker's households), HELPED_IN to every domain of help on it (or on a member while a member); so such a list's total is a degree Neo4j keeps, not a read of every household
UNWIND $ids AS id
MATCH (h:Household {id: id})
// the household's write lock first (a property set and removed again: only a real write takes it; removing
// a property no node has is skipped): a second refresh of the same household waits, then reads what this one
// made, so the CREATEs below make nothing twice; no MERGE, which would lock the agency and the domain too
// (every delivery's refresh would queue behind another's)
SET h.reachLock = true
REMOVE h.reachLock
WITH h
CALL (h) {
  OPTIONAL MATCH (h)<-[:FOR|ABOUT]-()-[:BY]->(a:Agency)
  RETURN collect(DISTINCT a) AS direct
}
CALL (h) {
  OPTIONAL MATCH (h)<-[m:MEMBER_OF]-(:Person)<-[:FOR]-(i:Intervention)-[:BY]->(a:Agency)
  WHERE i.start < coalesce(m.to, date('9999-12-31')) AND coalesce(i.end, date('9999-12-31')) > m.from
  RETURN collect(DISTINCT a) AS viaHelp, collect(DISTINCT i.domain) AS memberDomains
}
CALL (h) {
  OPTIONAL MATCH (h)<-[m:MEMBER_OF]-(:Person)<-[:ABOUT]-(e:Event)-[:BY]->(a:Agency)
  WHERE m.from <= e.date AND (m.to IS NULL OR e.date < m.to)
  RETURN collect(DISTINCT a) AS viaEvents
}
CALL (h) {
  OPTIONAL MATCH (h)<-[:FOR]-(i:Intervention)
  RETURN collect(DISTINCT i.domain) AS ownDomains
}
// each once: the existence checks below do not see what the same statement made for an earlier item
WITH h, reduce(all = [], a IN direct + viaHelp + viaEvents | CASE WHEN a IN all THEN all ELSE all + a END) AS agencies,
     reduce(all = [], d IN ownDomains + memberDomains | CASE WHEN d IN all THEN all ELSE all + d END) AS domains
// what it no longer reaches goes, and any repeat (one made by hand: each is counted in the degree)
CALL (h, agencies) {
  MATCH (h)-[r:REACHED_BY]->(a)
  WITH a, collect(r) AS kept
  UNWIND CASE WHEN a IN agencies THEN tail(kept) ELSE kept END AS r
  DELETE r
}
CALL (h, agencies) {
  UNWIND agencies AS a
  WITH h, a WHERE NOT EXISTS { (h)-[:REACHED_BY]->(a) }
  CREATE (h)-[:REACHED_BY]->(a)
}
CALL (h, domains) {
  MATCH (h)-[r:HELPED_IN]->(d)
  WITH d, collect(r) AS kept
  UNWIND CASE WHEN d.code IN domains THEN tail(kept) ELSE kept END AS r
  DELETE r
}
CALL (h, domains) {
  UNWIND domains AS code
  WITH h, code WHERE NOT EXISTS { (h)-[:HELPED_IN]->(:HelpDomain {code: code}) }
  MERGE (d:HelpDomain {code: code})
  CREATE (h)-[:HELPED_IN]->(d)
}
RETURN count(h) AS refreshed

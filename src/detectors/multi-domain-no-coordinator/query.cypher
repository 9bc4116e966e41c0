// name: detector-multi-domain-no-coordinator — households with help in several domains at once and no coordinator on that date
// Nodes reached from an anchored household carry no label: the planner then expands from the
// household instead of seeking a date or type index once per household (see PROFILE.md).
MATCH (h:Household)
WHERE $householdIds IS NULL OR h.id IN $householdIds
CALL (h) {
  MATCH (i)-[:FOR]->(h)
  WHERE i.start <= $until
  RETURN i, i.start AS s0, null AS mTo
  UNION ALL
  MATCH (i)-[:FOR]->(:Person)-[m:MEMBER_OF]->(h)
  WHERE i.start <= $until AND m.from <= $until
  RETURN i, CASE WHEN i.start > m.from THEN i.start ELSE m.from END AS s0, m.to AS mTo
}
WITH h, i, CASE WHEN s0 < $since THEN $since ELSE s0 END AS s,
     CASE WHEN i.end IS NULL OR i.end > $cap THEN $cap ELSE i.end END AS e0, mTo
WITH h, i, s, CASE WHEN mTo IS NOT NULL AND mTo < e0 THEN mTo ELSE e0 END AS e
WHERE s < e
WITH h, collect({id: i.id, domain: i.domain, s: s, e: e}) AS ivs
WHERE size(ivs) >= $minDomains
CALL (h) {
  OPTIONAL MATCH (:Professional)-[c:COORDINATES]->(h)
  WHERE c.from <= $until
  RETURN collect(CASE WHEN c IS NOT NULL THEN {from: c.from, to: c.to} END) AS coordinators // collect skips the null of no match
}
// the number of running domains only rises at a start, and coordination only lapses at an assignment's end
UNWIND [x IN ivs | x.s] + [c IN coordinators WHERE c.to IS NOT NULL | c.to] AS t
WITH DISTINCT h, ivs, coordinators, t
WHERE NOT any(c IN coordinators WHERE c.from <= t AND (c.to IS NULL OR t < c.to))
WITH h, t, [x IN ivs WHERE x.s <= t AND t < x.e] AS running
WITH h, t, running, reduce(d = [], x IN running | CASE WHEN x.domain IN d THEN d ELSE d + x.domain END) AS domains
WHERE size(domains) >= $minDomains
WITH h, t, running, domains ORDER BY size(domains) DESC, t
WITH h, collect({date: t, running: running, domains: domains})[0] AS worst
RETURN h.id AS subjectId, h.neighbourhood AS neighbourhood, size(worst.domains) AS score, worst.date AS date,
       worst.domains AS domains, worst.running AS running

// name: detector-effort-without-result — households helped by many agencies over years with no outcome achieved
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
MATCH (i)-[:BY]->(a:Agency)
OPTIONAL MATCH (o:Outcome)-[:OF]->(i)
WHERE o.date >= $since AND o.date <= $until
WITH h, i, s, e, a, collect(o {.*, sources: null}) AS outcomes
WITH h, collect({id: i.id, agency: a.id, agencyName: a.name, start: s, end: e, outcomes: outcomes}) AS ivs
WITH h, ivs,
     reduce(ag = [], x IN ivs | CASE WHEN x.agency IN ag THEN ag ELSE ag + x.agency END) AS agencies,
     reduce(first = null, x IN ivs | CASE WHEN first IS NULL OR x.start < first THEN x.start ELSE first END) AS firstStart,
     reduce(last = null, x IN ivs | CASE WHEN last IS NULL OR x.end > last THEN x.end ELSE last END) AS lastEnd
WHERE size(agencies) >= $minAgencies
  AND firstStart + duration({years: $minYears}) <= lastEnd
  AND NOT any(x IN ivs WHERE any(o IN x.outcomes WHERE o.result = 'ACHIEVED'))
RETURN h.id AS subjectId, h.neighbourhood AS neighbourhood, size(agencies) AS score, firstStart, lastEnd, ivs

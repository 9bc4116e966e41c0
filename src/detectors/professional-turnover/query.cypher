// name: detector-professional-turnover — households that saw many new professionals, or several broken relationships, within one window
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
WITH h, i, s0, CASE WHEN s0 < $since THEN $since ELSE s0 END AS s,
     CASE WHEN i.end IS NULL OR i.end > $cap THEN $cap ELSE i.end END AS e0, mTo
WITH h, i, s0, s, CASE WHEN mTo IS NOT NULL AND mTo < e0 THEN mTo ELSE e0 END AS e
WHERE s < e
OPTIONAL MATCH (i)-[:HANDLED_BY]->(p:Professional)
// a start counts only inside the window: help already running when it opens is no new face
WITH h, collect(DISTINCT {id: i.id, start: CASE WHEN s0 >= $since THEN s0 END, professional: p.id,
     brokenOn: CASE WHEN i.endReason = 'RELATIONSHIP_BROKEN' AND i.end <= $until AND i.end >= $since THEN i.end END}) AS ivs
// windows [d, d + windowDays) starting at every start and every broken relationship
UNWIND [x IN ivs WHERE x.start IS NOT NULL | x.start] + [x IN ivs WHERE x.brokenOn IS NOT NULL | x.brokenOn] AS windowStart
WITH h, ivs, windowStart, windowStart + duration({days: $windowDays}) AS windowEnd
WITH h, windowStart,
     [x IN ivs WHERE x.start IS NOT NULL AND x.start >= windowStart AND x.start < windowEnd] AS started,
     [x IN ivs WHERE x.brokenOn IS NOT NULL AND x.brokenOn >= windowStart AND x.brokenOn < windowEnd] AS broken
WITH h, windowStart, started, broken,
     reduce(ps = [], x IN started | CASE WHEN x.professional IS NULL OR x.professional IN ps THEN ps ELSE ps + x.professional END) AS professionals
WITH h, windowStart, started, broken, professionals,
     size(professionals) >= $minProfessionals OR size(broken) >= $minBroken AS qualifies
WITH h, collect({windowStart: windowStart, started: started, broken: broken, professionals: professionals, qualifies: qualifies}) AS windows
WHERE any(w IN windows WHERE w.qualifies)
WITH h, windows, reduce(most = 0, w IN windows | CASE WHEN size(w.professionals) > most THEN size(w.professionals) ELSE most END) AS score
// evidence: the qualifying window with the most professionals (then the most broken, then the earliest)
UNWIND [w IN windows WHERE w.qualifies] AS w
WITH h, score, w ORDER BY size(w.professionals) DESC, size(w.broken) DESC, w.windowStart
WITH h, score, collect(w)[0] AS best
RETURN h.id AS subjectId, h.neighbourhood AS neighbourhood, score, best.windowStart AS windowStart,
       best.started AS started, best.broken AS broken, best.professionals AS professionals

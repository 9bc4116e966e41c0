// name: detector-uncoordinated-overlap — households where two agencies' help overlapped long enough with no conference, referral or coordinator between them
// Nodes reached from an anchored household carry no label: the planner then expands from the
// household instead of seeking a date or type index once per household (see PROFILE.md).
MATCH (h:Household)
WHERE $householdIds IS NULL OR h.id IN $householdIds
// interventions belonging to h, each cut to its subject's membership and to the frame
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
WITH h, collect({id: i.id, agency: a.id, agencyName: a.name, s: s, e: e}) AS ivs
WHERE size(ivs) > 1
// what could have coordinated them: conferences and referrals on h or a member that day, and coordinators
CALL (h) {
  CALL (h) {
    MATCH (h)<-[:ABOUT]-(e)
    WHERE e.type IN ['CASE_CONFERENCE', 'REFERRAL'] AND e.date >= $since AND e.date <= $until
    RETURN e
    UNION
    MATCH (h)<-[m:MEMBER_OF]-(:Person)<-[:ABOUT]-(e)
    WHERE e.type IN ['CASE_CONFERENCE', 'REFERRAL'] AND e.date >= $since AND e.date <= $until
      AND m.from <= e.date AND (m.to IS NULL OR e.date < m.to)
    RETURN e
  }
  RETURN collect({type: e.type, date: e.date, by: [(e)-[:BY]->(a:Agency) | a.id][0],
                  target: [(e)-[:TARGETS]->(t:Agency) | t.id][0], participants: [(e)-[:PARTICIPANT]->(p:Agency) | p.id]}) AS meetings
}
CALL (h) {
  OPTIONAL MATCH (:Professional)-[c:COORDINATES]->(h)
  WHERE c.from <= $until
  RETURN collect(CASE WHEN c IS NOT NULL THEN {from: c.from, to: coalesce(c.to, $cap)} END) AS coordinators
}
UNWIND ivs AS x
UNWIND ivs AS y
WITH h, meetings, coordinators, x, y
WHERE x.agency < y.agency
WITH h, meetings, coordinators, x, y,
     CASE WHEN x.s > y.s THEN x.s ELSE y.s END AS os, CASE WHEN x.e < y.e THEN x.e ELSE y.e END AS oe
WHERE os < oe
WITH h, meetings, coordinators, x, y, os, oe, duration.inDays(os, oe).days AS days
WHERE days >= $minOverlapDays
WITH h, meetings, coordinators, x, y, os, oe, days, os - duration({days: $conferenceLookbackDays}) AS lookFrom
// coordinated: a conference both attended, a referral between them, or a coordinator for half the overlap
WHERE NOT any(c IN meetings WHERE c.date >= lookFrom AND c.date <= oe AND (
        (c.type = 'CASE_CONFERENCE' AND x.agency IN c.participants AND y.agency IN c.participants)
     OR (c.type = 'REFERRAL' AND ((c.by = x.agency AND c.target = y.agency) OR (c.by = y.agency AND c.target = x.agency)))))
WITH h, x, y, os, oe, days,
     reduce(covered = 0, c IN coordinators |
       covered + CASE WHEN c.from < oe AND c.to > os
         THEN duration.inDays(CASE WHEN c.from > os THEN c.from ELSE os END, CASE WHEN c.to < oe THEN c.to ELSE oe END).days
         ELSE 0 END) AS coveredDays
WITH h, x, y, os, oe, days, coveredDays
WHERE coveredDays * 2 < days
WITH h, x.agency AS agencyA, x.agencyName AS nameA, y.agency AS agencyB, y.agencyName AS nameB,
     collect({a: x.id, b: y.id, from: os, to: oe, days: days, coveredDays: coveredDays}) AS overlaps
WITH h, collect({agencyA: agencyA, nameA: nameA, agencyB: agencyB, nameB: nameB, overlaps: overlaps}) AS pairs
WHERE size(pairs) >= $minPairs
RETURN h.id AS subjectId, h.neighbourhood AS neighbourhood, pairs

// name: detector-missed-signal — households with signals that no help, referral or conference in their domain followed in time
// Nodes reached from an anchored household carry no label: the planner then expands from the
// household instead of seeking a date or type index once per household (see PROFILE.md).
MATCH (h:Household)
WHERE $householdIds IS NULL OR h.id IN $householdIds
CALL (h) {
  MATCH (h)<-[:ABOUT]-(sig)
  WHERE sig.type = 'SIGNAL' AND sig.date >= $since AND sig.date + duration({days: $followUpDays}) <= $until
  RETURN sig, null AS personId
  UNION ALL
  MATCH (h)<-[m:MEMBER_OF]-(p:Person)<-[:ABOUT]-(sig)
  WHERE sig.type = 'SIGNAL' AND sig.date >= $since AND sig.date + duration({days: $followUpDays}) <= $until // its follow-up period not wholly seen: not judged yet
    AND m.from <= sig.date AND (m.to IS NULL OR sig.date < m.to)
  RETURN sig, p.id AS personId
}
WITH h, collect({sig: sig, personId: personId}) AS signals
// what can follow a signal up: referrals and conferences on h or a member that day
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
  RETURN collect({type: e.type, date: e.date, domain: e.domain,
                  targetDomains: coalesce([(e)-[:TARGETS]->(t:Agency) | t.domains][0], [])}) AS followUps
}
// interventions belonging to h, cut to membership and frame
CALL (h) {
  CALL (h) {
    MATCH (i)-[:FOR]->(h)
    WHERE i.start <= $until
    RETURN i, i.start AS s0, null AS mTo
    UNION ALL
    MATCH (i)-[:FOR]->(:Person)-[m:MEMBER_OF]->(h)
    WHERE i.start <= $until AND m.from <= $until
    RETURN i, CASE WHEN i.start > m.from THEN i.start ELSE m.from END AS s0, m.to AS mTo
  }
  WITH i, CASE WHEN s0 < $since THEN $since ELSE s0 END AS s,
       CASE WHEN i.end IS NULL OR i.end > $cap THEN $cap ELSE i.end END AS e0, mTo
  WITH i, s, CASE WHEN mTo IS NOT NULL AND mTo < e0 THEN mTo ELSE e0 END AS e
  WHERE s < e
  RETURN collect({domain: i.domain, s: s, e: e}) AS help
}
UNWIND signals AS signal
WITH h, signal.sig AS sig, signal.personId AS personId, followUps, help
WITH h, sig, personId, followUps, help, sig.date + duration({days: $followUpDays}) AS deadline
WITH h, sig, personId, deadline, help, followUps
WHERE NOT any(x IN help WHERE x.domain = sig.domain AND x.s <= deadline AND x.e > sig.date)
  AND NOT any(f IN followUps WHERE f.date >= sig.date AND f.date <= deadline AND (
        f.type = 'CASE_CONFERENCE' OR coalesce(f.domain = sig.domain, false) OR sig.domain IN f.targetDomains))
MATCH (sig)-[:BY]->(a:Agency)
WITH h, sig, personId, a,
     [x IN help WHERE x.s <= sig.date AND x.e > sig.date | x.domain] AS helpedIn
WITH h, collect({signal: sig.id, date: sig.date, domain: sig.domain, agency: a.id, agencyName: a.name, personId: personId,
                 helpedIn: reduce(d = [], x IN helpedIn | CASE WHEN x IN d THEN d ELSE d + x END)}) AS missed
WHERE size(missed) >= $minMissed
RETURN h.id AS subjectId, h.neighbourhood AS neighbourhood, missed

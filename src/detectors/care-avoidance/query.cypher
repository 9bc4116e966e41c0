// name: detector-care-avoidance — households where refusals, no-shows and withdrawals from several agencies cluster within one window
// Nodes reached from an anchored household carry no label: the planner then expands from the
// household instead of seeking a date or type index once per household (see PROFILE.md).
MATCH (h:Household)
WHERE $householdIds IS NULL OR h.id IN $householdIds
CALL (h) {
  // refused contact and missed appointments, on h or on a member that day
  MATCH (h)<-[:ABOUT]-(e)
  WHERE e.type IN ['CONTACT_REFUSED', 'NO_SHOW'] AND e.date >= $since AND e.date <= $until
  RETURN e, null AS i, null AS personId
  UNION ALL
  MATCH (h)<-[m:MEMBER_OF]-(p:Person)<-[:ABOUT]-(e)
  WHERE e.type IN ['CONTACT_REFUSED', 'NO_SHOW'] AND e.date >= $since AND e.date <= $until
    AND m.from <= e.date AND (m.to IS NULL OR e.date < m.to)
  RETURN e, null AS i, p.id AS personId
  UNION ALL
  // help that ended because the client withdrew or could not be reached, dated at its end
  MATCH (h)<-[:FOR]-(i)
  WHERE i.endReason IN ['CLIENT_WITHDREW', 'NO_CONTACT'] AND i.end >= $since AND i.end <= $until
  RETURN null AS e, i, null AS personId
  UNION ALL
  MATCH (h)<-[m:MEMBER_OF]-(p:Person)<-[:FOR]-(i)
  WHERE i.endReason IN ['CLIENT_WITHDREW', 'NO_CONTACT'] AND i.end >= $since AND i.end <= $until
    AND m.from <= i.end AND (m.to IS NULL OR i.end < m.to)
  RETURN null AS e, i, p.id AS personId
}
WITH h, e, i, personId, coalesce(e, i) AS fact
MATCH (fact)-[:BY]->(a:Agency)
WITH h, {date: coalesce(e.date, i.end), agency: a.id, agencyName: a.name, eventId: e.id, interventionId: i.id,
         kind: coalesce(e.type, i.endReason), personId: personId} AS marker
WITH h, collect(marker) AS markers
WHERE size(markers) >= $minMarkers
// every window [d, d + windowDays) that starts at a marker; keep the densest that qualifies
UNWIND markers AS start
WITH h, start.date AS windowStart,
     [m IN markers WHERE m.date >= start.date AND m.date < start.date + duration({days: $windowDays})] AS inWindow
WITH h, windowStart, inWindow,
     size(reduce(seen = [], m IN inWindow | CASE WHEN m.agency IN seen THEN seen ELSE seen + m.agency END)) AS agencies
WHERE size(inWindow) >= $minMarkers AND agencies >= $minAgencies
WITH h, windowStart, inWindow ORDER BY size(inWindow) DESC, windowStart
WITH h, collect({windowStart: windowStart, markers: inWindow})[0] AS densest
RETURN h.id AS subjectId, h.neighbourhood AS neighbourhood, densest.windowStart AS windowStart, densest.markers AS markers

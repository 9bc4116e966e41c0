// name: detector-escalation-concession — persons who got a concession after escalating at enough different agencies
// Nodes reached from an anchored household carry no label: the planner then expands from the
// household instead of seeking a date or type index once per household (see PROFILE.md).
MATCH (esc:Event {type: 'ESCALATION'})
WHERE esc.date >= $since AND esc.date <= $until
MATCH (esc)-[:ABOUT]->(p:Person), (esc)-[:BY]->(a:Agency)
WHERE $householdIds IS NULL OR EXISTS { MATCH (p)-[:MEMBER_OF]->(mh:Household) WHERE mh.id IN $householdIds }
// the concession at the same agency for the same person: within the window after it, or pointing to it
MATCH (p)<-[:ABOUT]-(con)
WHERE con.type = 'CONCESSION' AND con.date >= $since AND con.date <= $until AND EXISTS { (con)-[:BY]->(a) }
  AND (EXISTS { (con)-[:RELATES_TO]->(esc) }
    OR (con.date >= esc.date AND con.date <= esc.date + duration({days: $windowDays})))
WITH p, a, esc, con ORDER BY con.date, con.id
WITH p, a, esc, collect(con)[0] AS first
WITH p, a, collect({escalation: esc.id, escalationDate: esc.date, severity: esc.severity, concession: first.id, concessionDate: first.date}) AS pairs
WITH p, collect({agency: a.id, agencyName: a.name, pairs: pairs}) AS agencies
WHERE size(agencies) >= $minAgencies
// the person's household(s) at the time of each escalation
CALL (p, agencies) {
  UNWIND agencies AS ag
  UNWIND ag.pairs AS pair
  OPTIONAL MATCH (p)-[m:MEMBER_OF]->(h:Household)
  WHERE m.from <= pair.escalationDate AND (m.to IS NULL OR pair.escalationDate < m.to)
  RETURN collect(DISTINCT h.id) AS households, collect(DISTINCT h.neighbourhood) AS neighbourhoods
}
RETURN p.id AS subjectId, agencies, households, neighbourhoods

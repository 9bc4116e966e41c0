// name: case-statistics — every case for the municipality's figures: its neighbourhood, first signal, opening, first conference, first plan, whether it is closed, and whether a pattern was first seen after its first plan (about the household or a member now)
MATCH (c:Case)-[:ABOUT]->(h:Household)
WHERE $neighbourhood IS NULL OR toLower(h.neighbourhood) = $neighbourhood
CALL (c) {
  OPTIONAL MATCH (c)-[:HELD]->(cc:CaseConference)
  RETURN min(cc.date) AS conference
}
CALL (h) {
  OPTIONAL MATCH (h)<-[m:MEMBER_OF]-(p:Person)
  WHERE m.from <= $today AND (m.to IS NULL OR $today < m.to)
  WITH h, collect(p.id) AS members
  RETURN members + h.id AS subjects
}
CALL (c, subjects) {
  OPTIONAL MATCH (s:StoredHit)
  WHERE s.subjectId IN subjects AND c.planOn IS NOT NULL AND s.firstSeen > c.planOn
  RETURN count(s) AS hitsAfterPlan
}
RETURN h.neighbourhood AS neighbourhood, c.status AS status, toString(c.firstSignal) AS firstSignal, toString(c.openedOn) AS openedOn,
       toString(conference) AS conference, toString(c.planOn) AS planOn, hitsAfterPlan

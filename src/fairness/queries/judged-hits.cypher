// name: fairness-judged-hits — per stored hit a person judged: its kind, the households it concerns on $asOf, and whether the latest judgement dismissed it as not a concern (judgements are taken as they stand now: a person's decision is not dated by the report's day)
MATCH (s:StoredHit)-[:CHANGED]->(j:Judgement)
WITH s, j ORDER BY j.at
WITH s, last(collect(j)) AS latest
CALL (s) {
  MATCH (h:Household {id: s.subjectId})
  WHERE s.subjectType = 'Household'
  RETURN h.id AS householdId
  UNION
  MATCH (:Person {id: s.subjectId})-[m:MEMBER_OF]->(h:Household)
  WHERE s.subjectType = 'Person' AND m.from <= $asOf AND (m.to IS NULL OR m.to > $asOf)
  RETURN h.id AS householdId
}
RETURN s.kind AS kind, householdId, latest.to = 'DISMISSED' AND coalesce(latest.reason = 'NOT_A_CONCERN', false) AS notAConcern

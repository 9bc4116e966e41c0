// name: caseload-candidates — every household that needs attention: an open stored hit about it or about a member now, or an open case
CALL () {
  MATCH (s:StoredHit)
  WHERE s.status IN $open AND s.subjectType = 'Household'
  RETURN s.subjectId AS id
  UNION
  MATCH (s:StoredHit)
  WHERE s.status IN $open AND s.subjectType = 'Person'
  MATCH (:Person {id: s.subjectId})-[m:MEMBER_OF]->(h:Household)
  WHERE m.from <= $today AND (m.to IS NULL OR $today < m.to)
  RETURN h.id AS id
  UNION
  MATCH (c:Case)
  WHERE c.status <> 'CLOSED'
  RETURN c.householdId AS id
}
RETURN collect(id) AS ids

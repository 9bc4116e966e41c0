// name: stored-hits-of-household — the stored hits (not gone) about each household or about anyone who was ever its member
UNWIND $ids AS id
MATCH (hh:Household {id: id})
CALL (hh) {
  MATCH (h:StoredHit {subjectId: hh.id})
  RETURN h
  UNION
  MATCH (hh)<-[:MEMBER_OF]-(p:Person)
  MATCH (h:StoredHit {subjectId: p.id})
  WHERE h.subjectType = 'Person'
  RETURN h
}
WITH id, h WHERE h.status <> 'GONE'
RETURN id AS key, h {.id, .kind, .subjectType, .subjectId, .score, .evidence, .explanationEN, .explanationNL, .neighbourhoods,
                     .status, .firstSeen, .lastSeen, .assigneeId} AS row
ORDER BY h.kind, h.score DESC, h.id

// name: open-case — opens a case on a household unless one is open (the household's write lock, taken first, makes concurrent openings wait: the second sees the first); its first signal is the oldest stored hit about the household or a member now; no row: a case is open already
MATCH (h:Household {id: $householdId})
SET h.caseLock = true
REMOVE h.caseLock
WITH h WHERE NOT EXISTS { MATCH (c:Case {householdId: h.id}) WHERE c.status <> 'CLOSED' }
CALL (h) {
  OPTIONAL MATCH (s:StoredHit {subjectId: h.id})
  RETURN s.firstSeen AS seen
  UNION
  OPTIONAL MATCH (h)<-[m:MEMBER_OF]-(p:Person)
  WHERE m.from <= $today AND (m.to IS NULL OR $today < m.to)
  OPTIONAL MATCH (s:StoredHit {subjectId: p.id})
  RETURN s.firstSeen AS seen
}
WITH h, min(seen) AS firstSignal
CREATE (c:Case {id: $id, householdId: h.id, status: 'SIGNALLED', legalGround: $legalGround, consentId: $consentId, legalArticle: $legalArticle,
                openedAt: datetime(), openedOn: $today, openedBy: $userId, regisseurId: $regisseurId, firstSignal: coalesce(firstSignal, $today)})
CREATE (c)-[:ABOUT]->(h)
CREATE (c)-[:CHANGED]->(:CaseChange {householdId: h.id, at: datetime(), by: $userId, kind: 'OPENED', to: 'SIGNALLED', note: $note, hitId: $hitId})
RETURN c.id AS id

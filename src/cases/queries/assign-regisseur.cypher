// name: assign-regisseur — the case's regisseur from $date on, as the household's one coordinator assignment in the graph: others' assignments running then or later end that day (or, starting later, where they start), the regisseur's starts then (kept if already running)
MATCH (c:Case {id: $id})-[:ABOUT]->(h:Household)
MATCH (p:Professional {id: $regisseurId})
SET c.regisseurId = p.id
CREATE (c)-[:CHANGED]->(:CaseChange {householdId: h.id, at: datetime(), by: $userId, kind: 'ASSIGNED', regisseurId: p.id, note: $note})
WITH c, h, p
CALL (h, p) {
  MATCH (other:Professional)-[r:COORDINATES]->(h)
  WHERE other <> p AND (r.to IS NULL OR $date < r.to)
  SET r.to = CASE WHEN r.from > $date THEN r.from ELSE $date END, r.endedByCase = $id
}
CALL (h, p) {
  WITH h, p WHERE NOT EXISTS { MATCH (p)-[r:COORDINATES]->(h) WHERE r.from <= $date AND (r.to IS NULL OR $date < r.to) }
  MERGE (p)-[r:COORDINATES {from: $date}]->(h)
  SET r.to = null, r.case = $id
}
RETURN c.id AS id

// name: set-case-status — a case's new status, if it is still $from (a change made meanwhile wins and this one is refused), with its history entry; no row: it changed meanwhile
MATCH (c:Case {id: $id})
SET c.touchedAt = datetime()
WITH c WHERE c.status = $from
SET c.status = $to, c.closedOn = CASE WHEN $to = 'CLOSED' THEN $today ELSE c.closedOn END,
    c.plannedOn = CASE WHEN $plannedOn IS NOT NULL THEN $plannedOn ELSE c.plannedOn END
CREATE (c)-[:CHANGED]->(:CaseChange {householdId: c.householdId, at: datetime(), by: $userId, kind: $kind, from: $from, to: $to, note: $note})
WITH c
CALL (c) {
  UNWIND $inviteeIds AS pid
  MATCH (p:Professional {id: pid})
  MERGE (c)-[:INVITES]->(p)
}
RETURN c.id AS id

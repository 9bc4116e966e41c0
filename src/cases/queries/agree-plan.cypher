// name: agree-plan — the case's plan from now on (the one before is kept, no longer current): goals per ZRM domain with the family's own words, actions with an owner and a due date; the case is then PLAN_AGREED
MATCH (c:Case {id: $caseId})
SET c.touchedAt = datetime()
WITH c
OPTIONAL MATCH (c)-[:PLANNED]->(old:Plan {current: true})
SET old.current = false
WITH DISTINCT c
CREATE (pl:Plan {id: $id, householdId: c.householdId, current: true, agreedOn: $today, agreedBy: $userId})
CREATE (c)-[:PLANNED]->(pl)
CREATE (c)-[:CHANGED]->(:CaseChange {householdId: c.householdId, at: datetime(), by: $userId, kind: 'PLAN', from: c.status, to: 'PLAN_AGREED', note: null})
SET c.status = 'PLAN_AGREED', c.planOn = coalesce(c.planOn, $today)
WITH c, pl
CALL (c, pl) {
  UNWIND $goals AS g
  CREATE (pl)-[:GOAL]->(:PlanGoal {id: g.id, householdId: c.householdId, position: g.position, domain: g.domain, goal: g.goal, familyWords: g.familyWords})
}
CALL (c, pl) {
  UNWIND $actions AS a
  CREATE (pl)-[:ACTION]->(:PlanAction {id: a.id, householdId: c.householdId, position: a.position, description: a.description, domain: a.domain,
                                       ownerAgencyId: a.ownerAgencyId, ownerProfessionalId: a.ownerProfessionalId, due: a.due, progress: null, doneOn: null})
}
RETURN pl.id AS id

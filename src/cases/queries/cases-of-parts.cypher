// name: cases-of-parts — the case each conference, plan, plan goal or plan action belongs to, by the part's own id (a plan no longer current, and its goals and actions, still name theirs)
UNWIND $ids AS id
CALL (id) {
  MATCH (c:Case)-[:HELD]->(:CaseConference {id: id})
  RETURN c
  UNION
  MATCH (c:Case)-[:PLANNED]->(:Plan {id: id})
  RETURN c
  UNION
  MATCH (c:Case)-[:PLANNED]->(:Plan)-[:GOAL]->(:PlanGoal {id: id})
  RETURN c
  UNION
  MATCH (c:Case)-[:PLANNED]->(:Plan)-[:ACTION]->(:PlanAction {id: id})
  RETURN c
}
RETURN id AS key, c.id AS caseId

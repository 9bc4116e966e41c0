// name: update-plan-action — progress on one action of a case's current plan: done (on a day) or not, and a short note
MATCH (c:Case {id: $caseId})-[:PLANNED]->(:Plan {current: true})-[:ACTION]->(a:PlanAction {id: $actionId})
SET a.doneOn = $doneOn, a.progress = $progress
CREATE (c)-[:CHANGED]->(:CaseChange {householdId: c.householdId, at: datetime(), by: $userId, kind: 'ACTION', note: $progress, actionId: a.id})
RETURN a.id AS id

// name: cases-by-id — each case whole: its fields, its history, its conferences (with participants), its current plan (goals, actions); dates as text
UNWIND $ids AS id
MATCH (c:Case {id: id})
CALL (c) {
  OPTIONAL MATCH (c)-[:CHANGED]->(ch:CaseChange)
  WITH ch ORDER BY ch.at
  RETURN collect(ch {.kind, .by, .from, .to, .note, .hitId, .regisseurId, at: toString(ch.at),
                     aboutFrom: toString(ch.aboutFrom), aboutTo: toString(ch.aboutTo), .aboutItemId}) AS history
}
CALL (c) {
  OPTIONAL MATCH (c)-[:HELD]->(cc:CaseConference)
  WITH cc ORDER BY cc.date, cc.recordedAt
  CALL (cc) {
    OPTIONAL MATCH (cc)-[:WITH]->(p:Professional)
    WITH p ORDER BY p.id
    RETURN collect(p.id) AS participantIds
  }
  RETURN collect(cc {.id, .familyPresent, .familyWish, .agreements, .regisseurId, .recordedBy, date: toString(cc.date),
                     recordedAt: toString(cc.recordedAt), participantIds: participantIds}) AS conferences
}
CALL (c) {
  OPTIONAL MATCH (c)-[:PLANNED]->(pl:Plan {current: true})
  CALL (pl) {
    OPTIONAL MATCH (pl)-[:GOAL]->(g:PlanGoal)
    WITH g ORDER BY g.position
    RETURN collect(g {.id, .domain, .goal, .familyWords}) AS goals
  }
  CALL (pl) {
    OPTIONAL MATCH (pl)-[:ACTION]->(a:PlanAction)
    WITH a ORDER BY a.due, a.position
    RETURN collect(a {.id, .description, .domain, .ownerAgencyId, .ownerProfessionalId, .progress, due: toString(a.due), doneOn: toString(a.doneOn)}) AS actions
  }
  RETURN CASE WHEN pl IS NULL THEN null ELSE pl {.id, .agreedBy, agreedOn: toString(pl.agreedOn), goals: goals, actions: actions} END AS plan
}
CALL (c) {
  OPTIONAL MATCH (c)-[:INVITES]->(p:Professional)
  WITH p ORDER BY p.id
  RETURN collect(p.id) AS inviteeIds
}
RETURN id AS key, c {.id, .householdId, .status, .legalGround, .consentId, .legalArticle, .openedBy, .regisseurId,
                     openedAt: toString(c.openedAt), openedOn: toString(c.openedOn), closedOn: toString(c.closedOn),
                     firstSignal: toString(c.firstSignal), plannedOn: toString(c.plannedOn),
                     history: history, conferences: conferences, plan: plan, inviteeIds: inviteeIds} AS row

// name: record-conference — a case conference held: who took part, whether the family was there and what it wants, the agreements; also a CASE_CONFERENCE event on the household (by the regisseur's agency, with the participants' agencies), so the detectors see the table was held
MATCH (c:Case {id: $caseId})-[:ABOUT]->(h:Household)
MATCH (r:Professional {id: $regisseurId})-[:WORKS_AT]->(ra:Agency)
CREATE (cc:CaseConference {id: $id, householdId: h.id, date: $date, familyPresent: $familyPresent, familyWish: $familyWish,
                           agreements: $agreements, regisseurId: $regisseurId, recordedAt: datetime(), recordedBy: $userId})
CREATE (c)-[:HELD]->(cc)
CREATE (c)-[:CHANGED]->(:CaseChange {householdId: h.id, at: datetime(), by: $userId, kind: 'CONFERENCE', note: null})
WITH c, h, cc, ra
CALL (cc) {
  UNWIND $participantIds AS pid
  MATCH (p:Professional {id: pid})
  CREATE (cc)-[:WITH]->(p)
}
CALL (cc, h, ra) {
  OPTIONAL MATCH (cc)-[:WITH]->(:Professional)-[:WORKS_AT]->(a:Agency)
  WITH cc, h, ra, collect(DISTINCT a) + ra AS agencies
  CREATE (e:Event:Event_CASE_CONFERENCE {id: h.id + ':conference:' + cc.id, type: 'CASE_CONFERENCE', date: cc.date, sources: ['behangrol:case'], fromCase: cc.id})
  CREATE (e)-[:BY]->(ra)
  CREATE (e)-[:ABOUT]->(h)
  WITH e, agencies
  UNWIND agencies AS a
  WITH DISTINCT e, a
  MERGE (e)-[:PARTICIPANT]->(a)
}
RETURN cc.id AS id

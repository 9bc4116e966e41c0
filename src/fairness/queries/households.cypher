// name: fairness-households — per household of $householdIds (a piece: the report asks in pieces) with a member on $asOf: its neighbourhood, its members' birth years and roles on that day, the agencies involved up to then, and counts of what the rules read (for the proxy check); no names, no dates
UNWIND $householdIds AS householdId
MATCH (h:Household {id: householdId})
WHERE EXISTS { MATCH (h)<-[m:MEMBER_OF]-(:Person) WHERE m.from <= $asOf AND (m.to IS NULL OR m.to > $asOf) }
CALL (h) {
  OPTIONAL MATCH (p:Person)-[m:MEMBER_OF]->(h)
  WHERE m.from <= $asOf AND (m.to IS NULL OR m.to > $asOf)
  RETURN collect(CASE WHEN p IS NOT NULL THEN {birthYear: p.birthYear, role: m.role} END) AS members
}
// help for the household or for someone while a member
CALL (h) {
  CALL (h) {
    MATCH (i)-[:FOR]->(h)
    WHERE i.start <= $asOf
    RETURN i
    UNION
    MATCH (i)-[:FOR]->(:Person)-[m:MEMBER_OF]->(h)
    WHERE i.start <= $asOf AND m.from <= $asOf AND (m.to IS NULL OR i.start < m.to) AND (i.end IS NULL OR i.end >= m.from)
    RETURN i
  }
  MATCH (i)-[:BY]->(a:Agency)
  OPTIONAL MATCH (i)-[:HANDLED_BY]->(pro:Professional)
  OPTIONAL MATCH (o:Outcome)-[:OF]->(i)
  RETURN collect(DISTINCT a.id) AS helpAgencies, count(DISTINCT i) AS interventions, count(DISTINCT i.domain) AS domains,
         count(DISTINCT pro) AS professionals, count(DISTINCT o) AS outcomes
}
// events about the household or about someone while a member
CALL (h) {
  CALL (h) {
    MATCH (h)<-[:ABOUT]-(e)
    WHERE e.date <= $asOf
    RETURN e
    UNION
    MATCH (h)<-[m:MEMBER_OF]-(:Person)<-[:ABOUT]-(e)
    WHERE e.date <= $asOf AND m.from <= e.date AND (m.to IS NULL OR e.date < m.to)
    RETURN e
  }
  MATCH (e)-[:BY]->(a:Agency)
  RETURN collect(DISTINCT a.id) AS eventAgencies,
         count(CASE WHEN e.type = 'SIGNAL' THEN 1 END) AS signals,
         count(CASE WHEN e.type = 'ESCALATION' THEN 1 END) AS escalations,
         count(CASE WHEN e.type IN ['CONTACT_REFUSED', 'NO_SHOW'] THEN 1 END) AS refusals
}
RETURN h.id AS id, h.neighbourhood AS neighbourhood, members,
       size(helpAgencies) + size([a IN eventAgencies WHERE NOT a IN helpAgencies]) AS agencies,
       interventions, domains, professionals, outcomes, signals, escalations, refusals,
       EXISTS { MATCH (:Professional)-[c:COORDINATES]->(h) WHERE c.from <= $asOf } AS coordinated

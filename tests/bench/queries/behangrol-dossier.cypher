// name: bench-behangrol-dossier — in one statement, the data behangrol's household dossier returns: members over time, help on the household and on members while members (with agency, professional, outcomes), events likewise, coordinators
MATCH (h:Household {id: $id})
CALL (h) {
  MATCH (p:Person)-[m:MEMBER_OF]->(h)
  RETURN collect({role: m.role, from: m.from, to: m.to, person: p {.id, .name, .birthYear}}) AS memberships
}
CALL (h) {
  CALL (h) {
    MATCH (i:Intervention)-[:FOR]->(h) RETURN i
    UNION
    MATCH (i:Intervention)-[:FOR]->(:Person)-[m:MEMBER_OF]->(h)
    WHERE i.start < coalesce(m.to, date('9999-12-31')) AND coalesce(i.end, date('9999-12-31')) > m.from
    RETURN i
  }
  MATCH (i)-[:BY]->(a:Agency)
  OPTIONAL MATCH (i)-[:HANDLED_BY]->(pr:Professional)
  RETURN collect(i {.id, .domain, .kind, .start, .end, .endReason, agency: a {.id, .name}, professional: pr {.id, .name},
    outcomes: [(o:Outcome)-[:OF]->(i) | o {.date, .result}]}) AS interventions
}
CALL (h) {
  CALL (h) {
    MATCH (e:Event)-[:ABOUT]->(h) RETURN e
    UNION
    MATCH (e:Event)-[:ABOUT]->(:Person)-[m:MEMBER_OF]->(h)
    WHERE m.from <= e.date AND (m.to IS NULL OR e.date < m.to)
    RETURN e
  }
  MATCH (e)-[:BY]->(a:Agency)
  RETURN collect(e {.id, .type, .date, .domain, agency: a {.id, .name}}) AS events
}
CALL (h) {
  MATCH (pr:Professional)-[c:COORDINATES]->(h)
  RETURN collect({from: c.from, to: c.to, professional: pr {.id, .name}}) AS coordinators
}
RETURN h {.id, .neighbourhood, memberships, interventions, events, coordinators} AS household

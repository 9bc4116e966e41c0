// name: interventions-by-household — the interventions belonging to each household (on it, or on a person while a member), whole, with their agencies, professionals and outcomes: one round trip primes those loaders
UNWIND $ids AS id
MATCH (h:Household {id: id})
CALL (h) {
  MATCH (i:Intervention)-[:FOR]->(h)
  RETURN i
  UNION
  MATCH (i:Intervention)-[:FOR]->(:Person)-[m:MEMBER_OF]->(h)
  WHERE i.start < coalesce(m.to, date('9999-12-31')) AND coalesce(i.end, date('9999-12-31')) > m.from
  RETURN i
}
MATCH (i)-[:BY]->(a:Agency)
MATCH (i)-[:FOR]->(s)
OPTIONAL MATCH (i)-[:HANDLED_BY]->(p:Professional)
OPTIONAL MATCH (p)-[:WORKS_AT]->(pa:Agency)
CALL (i) {
  OPTIONAL MATCH (o:Outcome)-[:OF]->(i)
  WITH o ORDER BY o.date, o.id
  RETURN collect(o {.*, interventionId: i.id, sources: null}) AS outcomes
}
RETURN id AS key,
       i {.id, .domain, .kind, .start, .end, .endReason, .endReasonCode, agencyId: a.id, professionalId: p.id,
          personId: CASE WHEN s:Person THEN s.id END, householdId: CASE WHEN s:Household THEN s.id END} AS row,
       a {.id, .name, .kind, .domains} AS agency,
       p {.id, .name, .role, agencyId: pa.id} AS professional,
       outcomes
ORDER BY i.start, i.id

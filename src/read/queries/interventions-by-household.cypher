// name: interventions-by-household — the interventions belonging to each household (on it, or on a person while a member), whole, with their agencies: one round trip primes the intervention and agency loaders
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
RETURN id AS key,
       i {.id, .domain, .kind, .start, .end, .endReason, .endReasonCode, agencyId: a.id, professionalId: p.id,
          personId: CASE WHEN s:Person THEN s.id END, householdId: CASE WHEN s:Household THEN s.id END} AS row,
       a {.id, .name, .kind, .domains} AS agency
ORDER BY i.start, i.id

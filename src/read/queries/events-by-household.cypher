// name: events-by-household — the events belonging to each household (on it, or on a person who was a member that day), whole, with their agencies: one round trip primes the event and agency loaders
UNWIND $ids AS id
MATCH (h:Household {id: id})
CALL (h) {
  MATCH (e:Event)-[:ABOUT]->(h)
  RETURN e
  UNION
  MATCH (e:Event)-[:ABOUT]->(:Person)-[m:MEMBER_OF]->(h)
  WHERE m.from <= e.date AND (m.to IS NULL OR e.date < m.to)
  RETURN e
}
MATCH (e)-[:BY]->(a:Agency)
MATCH (e)-[:ABOUT]->(s)
OPTIONAL MATCH (e)-[:TARGETS]->(t:Agency)
OPTIONAL MATCH (e)-[:RELATES_TO]->(r:Event)
RETURN id AS key,
       e {.id, .type, .date, .domain, .description, .severity, agencyId: a.id,
          personId: CASE WHEN s:Person THEN s.id END, householdId: CASE WHEN s:Household THEN s.id END,
          targetAgencyId: t.id, relatedEventId: r.id,
          participantAgencyIds: [(e)-[:PARTICIPANT]->(x:Agency) | x.id]} AS row,
       a {.id, .name, .kind, .domains} AS agency
ORDER BY e.date, e.id

// name: events-by-id — events with the ids of what they link to, for a DataLoader batch; dates as text (see household-lists)
UNWIND $ids AS id
MATCH (e:Event {id: id})-[:BY]->(a:Agency)
MATCH (e)-[:ABOUT]->(s)
OPTIONAL MATCH (e)-[:TARGETS]->(t:Agency)
OPTIONAL MATCH (e)-[:RELATES_TO]->(r:Event)
RETURN e {.id, .type, date: toString(e.date), .domain, .description, .severity, agencyId: a.id,
          personId: CASE WHEN s:Person THEN s.id END, householdId: CASE WHEN s:Household THEN s.id END,
          targetAgencyId: t.id, relatedEventId: r.id,
          participantAgencyIds: [(e)-[:PARTICIPANT]->(x:Agency) | x.id]} AS row

// name: interventions-by-id — interventions with the ids of what they link to, for a DataLoader batch; dates as text (see household-lists)
UNWIND $ids AS id
MATCH (i:Intervention {id: id})-[:BY]->(a:Agency)
MATCH (i)-[:FOR]->(s)
OPTIONAL MATCH (i)-[:HANDLED_BY]->(p:Professional)
RETURN i {.id, .domain, .kind, start: toString(i.start), end: toString(i.end), .endReason, .endReasonCode, agencyId: a.id, professionalId: p.id,
          personId: CASE WHEN s:Person THEN s.id END, householdId: CASE WHEN s:Household THEN s.id END} AS row

// name: coordinators-by-household — each household's coordinator assignments, with the professional (priming the professional loader)
UNWIND $ids AS id
MATCH (p:Professional)-[c:COORDINATES]->(h:Household {id: id})
MATCH (p)-[:WORKS_AT]->(a:Agency)
RETURN id AS key, c {.from, .to, professionalId: p.id, householdId: h.id} AS row, p {.id, .name, .role, agencyId: a.id} AS professional
ORDER BY c.from, p.id

// name: coordinators-by-household — coordinator assignments of the households in a DataLoader batch
UNWIND $ids AS id
MATCH (p:Professional)-[c:COORDINATES]->(h:Household {id: id})
RETURN id AS key, c {.from, .to, professionalId: p.id, householdId: h.id} AS row
ORDER BY c.from, p.id

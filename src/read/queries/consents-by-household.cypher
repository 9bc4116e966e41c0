// name: consents-by-household — recorded sharing bases of the households in a DataLoader batch
UNWIND $ids AS id
MATCH (c:Consent)-[:FOR]->(h:Household {id: id})
RETURN id AS key, c {.id, .basis, .purpose, .from, .to, householdId: h.id, agencyIds: [(c)-[:COVERS]->(a:Agency) | a.id]} AS row
ORDER BY c.from, c.id

// name: consents-by-id — consent records by their ids, for a DataLoader batch, as household-lists returns a household's consents
UNWIND $ids AS id
MATCH (c:Consent {id: id})-[:FOR]->(h:Household)
RETURN c {.id, .basis, .purpose, from: toString(c.from), to: toString(c.to), householdId: h.id, agencyIds: [(c)-[:COVERS]->(a:Agency) | a.id]} AS row

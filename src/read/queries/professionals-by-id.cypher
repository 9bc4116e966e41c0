// name: professionals-by-id — professionals (with their agency id) for a DataLoader batch
UNWIND $ids AS id
MATCH (p:Professional {id: id})-[:WORKS_AT]->(a:Agency)
RETURN p {.id, .name, .role, agencyId: a.id} AS row

// name: memberships-by-household — every dated membership of the households in a DataLoader batch
UNWIND $ids AS id
MATCH (p:Person)-[m:MEMBER_OF]->(h:Household {id: id})
RETURN id AS key, m {.role, .from, .to, personId: p.id, householdId: h.id} AS row
ORDER BY m.from, p.id

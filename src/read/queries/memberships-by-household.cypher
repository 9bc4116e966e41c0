// name: memberships-by-household — each household's memberships over time, with the person (priming the person loader)
UNWIND $ids AS id
MATCH (p:Person)-[m:MEMBER_OF]->(h:Household {id: id})
RETURN id AS key, m {.role, .from, .to, personId: p.id, householdId: h.id} AS row, p {.id, .name, .birthYear} AS person
ORDER BY m.from, p.id

// name: test-members-of — a household's members as stored (person id and every property of person and membership)
MATCH (p:Person)-[m:MEMBER_OF]->(:Household {id: $householdId})
RETURN p.id AS personId, properties(p) AS person, properties(m) AS membership
ORDER BY personId

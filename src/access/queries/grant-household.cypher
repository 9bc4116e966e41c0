// name: grant-household — an admin lets a coordinator see a household in full
MATCH (h:Household {id: $householdId})
MERGE (g:Grant {userId: $userId, householdId: $householdId})
ON CREATE SET g.grantedBy = $grantedBy, g.grantedAt = datetime(), g.purpose = $purpose
MERGE (g)-[:GRANTS]->(h)
RETURN h.id AS householdId

// name: revoke-household — an admin withdraws a coordinator's grant on a household, and learns whether the household is known
OPTIONAL MATCH (g:Grant {userId: $userId, householdId: $householdId})
DETACH DELETE g
WITH count(g) AS revoked
OPTIONAL MATCH (h:Household {id: $householdId})
RETURN revoked, h IS NOT NULL AS known

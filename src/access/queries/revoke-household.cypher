// name: revoke-household — an admin withdraws a coordinator's grant on a household
MATCH (g:Grant {userId: $userId, householdId: $householdId})
DETACH DELETE g
RETURN count(*) AS revoked

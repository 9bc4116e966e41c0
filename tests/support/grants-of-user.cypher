// name: test-grants-of-user — the households an admin's grants let one user see in full
MATCH (g:Grant {userId: $userId})
RETURN g.householdId AS householdId
ORDER BY householdId

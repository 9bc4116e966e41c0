// name: cases-led-by — the households of the open cases $userId is regisseur of
MATCH (c:Case {regisseurId: $userId})
WHERE c.status <> 'CLOSED'
RETURN collect(c.householdId) AS households

// name: open-cases-of-households — the open case of each household, if any
UNWIND $ids AS id
MATCH (c:Case {householdId: id})
WHERE c.status <> 'CLOSED'
RETURN id AS key, c.id AS caseId

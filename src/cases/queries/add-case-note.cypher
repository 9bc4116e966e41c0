// name: add-case-note — a note in a case's history
MATCH (c:Case {id: $caseId})
CREATE (c)-[:CHANGED]->(:CaseChange {householdId: c.householdId, at: datetime(), by: $userId, kind: 'NOTE', note: $note})
RETURN c.id AS id

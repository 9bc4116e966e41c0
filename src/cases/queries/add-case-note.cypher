// name: add-case-note — a note in a case's history, about the whole case, a period of the roll, or one item on it
MATCH (c:Case {id: $caseId})
CREATE (c)-[:CHANGED]->(:CaseChange {householdId: c.householdId, at: datetime(), by: $userId, kind: 'NOTE', note: $note,
                                     aboutFrom: $aboutFrom, aboutTo: $aboutTo, aboutItemId: $aboutItemId})
RETURN c.id AS id

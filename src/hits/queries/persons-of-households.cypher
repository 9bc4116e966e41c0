// name: persons-of-households — every person who was ever a member of one of the households (a person detector's scope)
MATCH (p:Person)-[:MEMBER_OF]->(h:Household)
WHERE h.id IN $householdIds
RETURN collect(DISTINCT p.id) AS persons

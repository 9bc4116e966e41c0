// name: test-person-and-household — a person's name and birth year, and whether their household was made for them
MATCH (p:Person {id: $personId})-[:MEMBER_OF]->(h:Household)
RETURN p.name AS name, p.birthYear AS birthYear, h.madeFromMessages AS madeFromMessages

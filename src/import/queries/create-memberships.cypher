// name: create-memberships — memberships of a person or household that is new in this delivery: none can be stored yet (see upsert-memberships for the others)
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (h:Household {id: row.householdId})
CREATE (p)-[m:MEMBER_OF]->(h)
SET m = row.props, m.sources = [$source]

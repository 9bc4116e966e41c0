// name: memberships-by-person — every dated membership of the persons in a DataLoader batch; dates as text (see household-lists)
UNWIND $ids AS id
MATCH (p:Person {id: id})-[m:MEMBER_OF]->(h:Household)
RETURN id AS key, m {.role, from: toString(m.from), to: toString(m.to), personId: p.id, householdId: h.id} AS row
ORDER BY m.from, h.id

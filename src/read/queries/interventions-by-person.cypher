// name: interventions-by-person — ids of the interventions on each person in a DataLoader batch
UNWIND $ids AS id
MATCH (i:Intervention)-[:FOR]->(:Person {id: id})
RETURN id AS key, i.id AS row
ORDER BY i.start, i.id

// name: professionals-by-agency — ids of the professionals working at each agency in a DataLoader batch
UNWIND $ids AS id
MATCH (p:Professional)-[:WORKS_AT]->(:Agency {id: id})
RETURN id AS key, p.id AS row
ORDER BY p.id

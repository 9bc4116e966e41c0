// name: events-by-person — ids of the events about each person in a DataLoader batch
UNWIND $ids AS id
MATCH (e:Event)-[:ABOUT]->(:Person {id: id})
RETURN id AS key, e.id AS row
ORDER BY e.date, e.id

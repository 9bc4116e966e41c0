// name: test-events-of-person — a person's events as stored, in order of date
MATCH (e:Event)-[:ABOUT]->(:Person {id: $personId})
RETURN e.id AS id, e.type AS type, toString(e.date) AS date, e.description AS description
ORDER BY date, id

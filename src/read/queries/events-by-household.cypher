// name: events-by-household — ids of events belonging to each household: on it, or on a person who was a member that day
UNWIND $ids AS id
MATCH (h:Household {id: id})
CALL (h) {
  MATCH (e:Event)-[:ABOUT]->(h)
  RETURN e
  UNION
  MATCH (e:Event)-[:ABOUT]->(:Person)-[m:MEMBER_OF]->(h)
  WHERE m.from <= e.date AND (m.to IS NULL OR e.date < m.to)
  RETURN e
}
RETURN id AS key, e.id AS row
ORDER BY e.date, e.id

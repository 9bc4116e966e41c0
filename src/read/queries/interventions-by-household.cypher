// name: interventions-by-household — ids of interventions belonging to each household: on it, or on a person while a member
UNWIND $ids AS id
MATCH (h:Household {id: id})
CALL (h) {
  MATCH (i:Intervention)-[:FOR]->(h)
  RETURN i
  UNION
  MATCH (i:Intervention)-[:FOR]->(:Person)-[m:MEMBER_OF]->(h)
  WHERE i.start < coalesce(m.to, date('9999-12-31')) AND coalesce(i.end, date('9999-12-31')) > m.from
  RETURN i
}
RETURN id AS key, i.id AS row
ORDER BY i.start, i.id

// name: find-households — households whose member (ever) has a name containing $text, or whose neighbourhood is $text, case-insensitive; at most $limit, by id
CALL () {
  MATCH (p:Person)-[:MEMBER_OF]->(h:Household)
  WHERE toLower(p.name) CONTAINS $text
  RETURN h
  UNION
  MATCH (h:Household)
  WHERE toLower(h.neighbourhood) = $text
  RETURN h
}
WITH h WHERE $scope IS NULL OR h.id IN $scope
RETURN h.id AS id ORDER BY id LIMIT $limit

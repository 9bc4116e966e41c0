// name: coordinator-scope — households a coordinator sees in full: its active assignments and an admin's grants
CALL () {
  MATCH (:Professional {id: $userId})-[c:COORDINATES]->(h:Household)
  WHERE c.from <= $today AND (c.to IS NULL OR $today < c.to)
  RETURN h.id AS id
  UNION
  MATCH (:Grant {userId: $userId})-[:GRANTS]->(h:Household)
  RETURN h.id AS id
}
RETURN collect(id) AS households

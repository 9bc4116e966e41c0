// name: record-marks-help — all help whose GIVEN_BY is not exactly its BY (migration 015) gets it right: one agency's help is counted from its GIVEN_BY degree, its events from BY less that; a full run does this, so a hand edit or an instance on older code cannot leave the totals wrong for long
MATCH (i:Intervention)
WHERE [(i)-[:BY]->(a) | elementId(a)] <> [(i)-[:GIVEN_BY]->(a) | elementId(a)]
CALL (i) {
  SET i.marksLock = true
  REMOVE i.marksLock
  WITH i
  OPTIONAL MATCH (i)-[g:GIVEN_BY]->()
  DELETE g
  WITH DISTINCT i
  MATCH (i)-[:BY]->(a:Agency)
  CREATE (i)-[:GIVEN_BY]->(a)
} IN TRANSACTIONS OF 10000 ROWS
RETURN count(i) AS mended

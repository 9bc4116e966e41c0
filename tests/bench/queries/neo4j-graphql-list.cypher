// name: bench-neo4j-graphql-list — in one statement, the data of @neo4j/graphql's first 50 households in id order with their direct help, and the total
CALL () { MATCH (h:Household) RETURN count(h) AS total }
MATCH (h:Household) WHERE h.id > ''
WITH total, h ORDER BY h.id LIMIT 50
RETURN total, collect(h {.id, .neighbourhood, interventions: [(i:Intervention)-[:FOR]->(h) | i {.id, .domain, .start, .end,
  agency: [(i)-[:BY]->(a:Agency) | a {.id, .name}]}]}) AS households

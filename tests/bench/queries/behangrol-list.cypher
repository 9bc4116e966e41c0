// name: bench-behangrol-list — in one statement, the data of behangrol's first page of 50 households with their help (on the household, and on members while members), and the total
CALL () { MATCH (h:Household) RETURN count(h) AS total }
MATCH (h:Household) WHERE h.id > ''
WITH total, h ORDER BY h.id LIMIT 50
CALL (h) {
  CALL (h) {
    MATCH (i:Intervention)-[:FOR]->(h) RETURN i
    UNION
    MATCH (i:Intervention)-[:FOR]->(:Person)-[m:MEMBER_OF]->(h)
    WHERE i.start < coalesce(m.to, date('9999-12-31')) AND coalesce(i.end, date('9999-12-31')) > m.from
    RETURN i
  }
  MATCH (i)-[:BY]->(a:Agency)
  RETURN collect(i {.id, .domain, .start, .end, agency: a {.id, .name}}) AS interventions
}
RETURN total, collect(h {.id, .neighbourhood, interventions}) AS households

// name: households-touched — the households a delivery touched: its own, those of its persons (every membership), and those its help, events and outcomes are about
CALL () {
  UNWIND $households AS id MATCH (h:Household {id: id}) RETURN h
  UNION
  UNWIND $persons AS id MATCH (:Person {id: id})-[:MEMBER_OF]->(h:Household) RETURN h
  UNION
  UNWIND $interventions AS id MATCH (:Intervention {id: id})-[:FOR]->(s) MATCH (s)-[:MEMBER_OF*0..1]->(h:Household) RETURN h
  UNION
  UNWIND $events AS id MATCH (:Event {id: id})-[:ABOUT]->(s) MATCH (s)-[:MEMBER_OF*0..1]->(h:Household) RETURN h
  UNION
  UNWIND $outcomes AS id MATCH (:Outcome {id: id})-[:OF]->(:Intervention)-[:FOR]->(s) MATCH (s)-[:MEMBER_OF*0..1]->(h:Household) RETURN h
}
RETURN collect(DISTINCT h.id) AS households

// name: interventions-count-of-agency — how much help one agency gave, with no other filter: the agency's GIVEN_BY degree (migration 015), which Neo4j keeps; nothing read per intervention
OPTIONAL MATCH (a:Agency {id: $agencyId})
RETURN CASE WHEN a IS NULL THEN 0 ELSE COUNT { (a)<-[:GIVEN_BY]-() } END AS total

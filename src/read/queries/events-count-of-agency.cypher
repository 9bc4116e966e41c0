// name: events-count-of-agency — how many events one agency made, with no other filter: the agency's BY degree (its events and its help) less its GIVEN_BY degree (its help; migration 015), both kept by Neo4j; nothing read per event
OPTIONAL MATCH (a:Agency {id: $agencyId})
RETURN CASE WHEN a IS NULL THEN 0 ELSE COUNT { (a)<-[:BY]-() } - COUNT { (a)<-[:GIVEN_BY]-() } END AS total

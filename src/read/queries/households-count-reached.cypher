// name: households-count-reached — how many households an agency works with (its help or events on the household, or on a member while a member), with no other filter: the agency's REACHED_BY degree (src/graph/help-reach.ts), which Neo4j keeps; nothing read per household
OPTIONAL MATCH (a:Agency {id: $agencyId})
RETURN CASE WHEN a IS NULL THEN 0 ELSE COUNT { (a)<-[:REACHED_BY]-() } END AS total

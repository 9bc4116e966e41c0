// name: households-count-in-domain — how many households were helped in a domain (on the household, or on a member while a member), with no other filter: the degree of its HelpDomain (src/graph/help-reach.ts), which Neo4j keeps; nothing read per household
OPTIONAL MATCH (d:HelpDomain {code: $domain})
RETURN CASE WHEN d IS NULL THEN 0 ELSE COUNT { (d)<-[:HELPED_IN]-() } END AS total

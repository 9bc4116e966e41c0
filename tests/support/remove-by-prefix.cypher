// name: test-remove-by-prefix — removes what one test wrote (ids and delivery sources under its prefix)
MATCH (n)
WHERE n.id STARTS WITH $prefix OR n.source STARTS WITH $prefix
DETACH DELETE n

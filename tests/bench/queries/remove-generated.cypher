// name: bench-remove-generated — removes what a benchmark imported (ids and delivery sources under its prefix), 10,000 at a time
MATCH (n) WHERE n.id STARTS WITH $prefix OR n.source STARTS WITH $prefix
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS

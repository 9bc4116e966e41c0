// name: test-count-households-by-prefix — how many households under a prefix are written so far, and the status of their delivery
OPTIONAL MATCH (h:Household) WHERE h.id STARTS WITH $prefix
WITH count(h) AS n
OPTIONAL MATCH (d:Delivery) WHERE d.source STARTS WITH $prefix AND d.status = 'IN_PROGRESS'
RETURN n, head(collect(d.status)) AS status

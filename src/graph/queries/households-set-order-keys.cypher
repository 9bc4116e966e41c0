// name: households-set-order-keys — sort values given to households ($rows: {id, key}); how many were given
UNWIND $rows AS row
MATCH (h:Household {id: row.id})
SET h.orderKey = row.key
RETURN count(h) AS keyed

// name: households-set-order-keys — sort values given to households ($rows: {id, key})
UNWIND $rows AS row
MATCH (h:Household {id: row.id})
SET h.orderKey = row.key

// name: order-secret-read — the key households' sort values are made with, if this database has one yet (a read: most writers only need this)
OPTIONAL MATCH (s:OrderSecret {id: 'households'})
RETURN s.value AS value

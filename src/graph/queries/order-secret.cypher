// name: order-secret — the key households' sort values are made with: made once per database (by the first writer to ask), then read
MERGE (s:OrderSecret {id: 'households'})
ON CREATE SET s.value = $fresh
RETURN s.value AS value

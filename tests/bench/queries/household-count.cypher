// name: bench-household-count — households stored, from the count store
MATCH (h:Household) RETURN count(h) AS n

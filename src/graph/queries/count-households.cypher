// name: count-households — how many households are stored (zero: a fresh database to seed)
MATCH (h:Household) RETURN count(h) AS households

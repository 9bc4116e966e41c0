// name: existing-agencies — how many of these agencies are already stored
UNWIND $ids AS id
OPTIONAL MATCH (a:Agency {id: id})
RETURN count(a) AS known

// name: test-initial-make-float — one person's birth year stored as a float instead of an integer: a difference the store comparison must see
MATCH (p:Person) WHERE p.birthYear IS NOT NULL
WITH p LIMIT 1
SET p.birthYear = toFloat(p.birthYear)

// name: fairness-household-ids — the id of every household, in id order: the report measures them in pieces
MATCH (h:Household)
RETURN h.id AS id ORDER BY id

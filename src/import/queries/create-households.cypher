// name: create-households — households not stored yet, created (see upsert-households for the others)
UNWIND $rows AS row
CREATE (n:Household)
SET n = row.props, n.sources = [$source]

// name: create-outcomes — outcomes not stored yet, created on their intervention (see upsert-outcomes for the others)
UNWIND $rows AS row
MATCH (i:Intervention {id: row.interventionId})
CREATE (n:Outcome)
SET n = row.props, n.sources = [$source]
CREATE (n)-[:OF]->(i)

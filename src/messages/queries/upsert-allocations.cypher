// name: upsert-allocations — allocations as their 301, 305 and 307 left them (docs/messages.md), beside the intervention they became once started
UNWIND $rows AS row
MERGE (a:Allocation {key: row.key})
SET a = row.props
WITH a, row
CALL (a, row) {
  MATCH (i:Intervention {id: row.interventionId})
  MERGE (a)-[:BECAME]->(i)
}

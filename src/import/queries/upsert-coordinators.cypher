// name: upsert-coordinators — dated COORDINATES relationships, keyed by professional, household and from
UNWIND $rows AS row
MATCH (p:Professional {id: row.professionalId})
MATCH (h:Household {id: row.householdId})
MERGE (p)-[c:COORDINATES {from: row.from}]->(h)
WITH c, row, coalesce(c.sources, []) AS sources
SET c = row.props
SET c.sources = CASE WHEN $source IN sources THEN sources ELSE sources + $source END

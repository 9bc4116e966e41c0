// name: upsert-memberships — dated MEMBER_OF relationships, keyed by person, household and from
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (h:Household {id: row.householdId})
MERGE (p)-[m:MEMBER_OF {from: row.from}]->(h)
WITH m, row, coalesce(m.sources, []) AS sources
SET m = row.props
SET m.sources = CASE WHEN $source IN sources THEN sources ELSE sources + $source END

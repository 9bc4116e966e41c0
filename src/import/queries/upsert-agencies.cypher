// name: upsert-agencies — agencies by id; a record replaces the stored one and remembers its source
UNWIND $rows AS row
MERGE (n:Agency {id: row.id})
WITH n, row, coalesce(n.sources, []) AS sources
SET n = row.props
SET n.sources = CASE WHEN $source IN sources THEN sources ELSE sources + $source END

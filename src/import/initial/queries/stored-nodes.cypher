// name: initial-stored-nodes — how many nodes the database holds beyond what starting it leaves (applied migrations, their lock, the households' sort key, the audit trail's empty head): any other is data the initial import would replace
MATCH (n)
WHERE NOT (n:Migration OR n:MigrationLock OR n:OrderSecret OR (n:AuditHead AND n.seq = 0))
RETURN count(n) AS nodes

// name: applied-migrations — versions already applied to this database, with the name each was applied under
MATCH (m:Migration) RETURN m.version AS version, m.name AS name ORDER BY version

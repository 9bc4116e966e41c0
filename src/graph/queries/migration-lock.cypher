// name: migration-lock — takes the database's one migration lock for an instance that starts, unless another holds it (a lock older than $staleMs, from an instance that died, is taken over)
MERGE (l:MigrationLock {id: 'migrations'})
// write first: the node's write lock makes concurrent takers wait, so what is read next is not stale
SET l.asked = datetime()
WITH l, l.holder IS NULL OR l.since < datetime() - duration({milliseconds: $staleMs}) AS free
SET l.holder = CASE WHEN free THEN $holder ELSE l.holder END,
    l.since = CASE WHEN free THEN datetime() ELSE l.since END
RETURN free AS taken

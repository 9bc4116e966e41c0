// name: migration-unlock — gives the migration lock back, if this instance still holds it
MATCH (l:MigrationLock {id: 'migrations'})
WHERE l.holder = $holder
SET l.holder = null, l.since = null

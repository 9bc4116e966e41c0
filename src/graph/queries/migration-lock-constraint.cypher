// name: migration-lock-constraint — one migration lock node, even when two instances make it at once
CREATE CONSTRAINT migration_lock_id IF NOT EXISTS FOR (n:MigrationLock) REQUIRE n.id IS UNIQUE

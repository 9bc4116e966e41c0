// name: record-migration — marks one migration version as applied
MERGE (m:Migration {version: $version})
ON CREATE SET m.appliedAt = datetime(), m.name = $name

// name: initial-empty-domains — agencies delivered with no domains get their empty list, as the online writer stores it (neo4j-admin's CSV reads an empty field as no property)
UNWIND $rows AS row
MATCH (a:Agency {id: row.id})
SET a.domains = row.domains

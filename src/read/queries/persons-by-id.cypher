// name: persons-by-id — persons for a DataLoader batch
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p {.id, .name, .birthYear} AS row

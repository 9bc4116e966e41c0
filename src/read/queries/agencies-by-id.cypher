// name: agencies-by-id — agencies for a DataLoader batch
UNWIND $ids AS id
MATCH (a:Agency {id: id})
RETURN a {.id, .name, .kind, .domains} AS row

// name: households-by-id — households for a DataLoader batch
UNWIND $ids AS id
MATCH (h:Household {id: id})
RETURN h {.id, .neighbourhood, .madeFromMessages} AS row

// name: mark-own-households — a household made for a client no delivery placed in one (Household.madeFromMessages) (docs/messages.md)
UNWIND $rows AS row
MATCH (h:Household {id: row.id})
SET h.madeFromMessages = true

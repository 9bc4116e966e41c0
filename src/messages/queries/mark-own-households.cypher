// name: mark-own-households — a household made for a client no delivery placed in one (docs/messages.md)
UNWIND $rows AS row
MATCH (h:Household {id: row.id})
SET h.ownHousehold = true

// name: withdraw-signals — a not-started signal of an allocation whose start message came within the term after all
UNWIND $rows AS row
MATCH (e:Event {id: row.id, type: 'SIGNAL'})
DETACH DELETE e

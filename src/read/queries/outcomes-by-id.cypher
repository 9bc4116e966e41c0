// name: outcomes-by-id — outcomes (with ZRM scores) by their own ids, for a DataLoader batch, as outcomes-by-intervention returns them
UNWIND $ids AS id
MATCH (o:Outcome {id: id})-[:OF]->(i:Intervention)
RETURN o {.*, date: toString(o.date), interventionId: i.id, sources: null} AS row

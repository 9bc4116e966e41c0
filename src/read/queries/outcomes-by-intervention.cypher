// name: outcomes-by-intervention — outcomes (with ZRM scores) of the interventions in a DataLoader batch; dates as text (see household-lists)
UNWIND $ids AS id
MATCH (o:Outcome)-[:OF]->(:Intervention {id: id})
RETURN id AS key, o {.*, date: toString(o.date), interventionId: id, sources: null} AS row
ORDER BY o.date, o.id

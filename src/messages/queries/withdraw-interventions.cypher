// name: withdraw-interventions — the intervention of an allocation whose start message was withdrawn (StatusAanlevering 3): the care did not start; nothing if there is none
UNWIND $rows AS row
MATCH (i:Intervention {id: row.id})
DETACH DELETE i

// name: existing-agencies — the stored name and domains of these agencies (those already known)
UNWIND $ids AS id
MATCH (a:Agency {id: id})
RETURN a.id AS id, a.name AS name, a.domains AS domains

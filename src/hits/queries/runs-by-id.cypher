// name: runs-by-id — detection runs by their ids, for a DataLoader batch, as runs-page returns them
UNWIND $ids AS id
MATCH (r:DetectionRun {id: id})
RETURN properties(r) AS row

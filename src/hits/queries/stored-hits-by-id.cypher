// name: stored-hits-by-id — stored hits by their ids (a DataLoader batch)
UNWIND $ids AS id
MATCH (h:StoredHit {id: id})
RETURN h {.id, .kind, .subjectType, .subjectId, .score, .evidence, .explanationEN, .explanationNL, .neighbourhoods,
          .status, .firstSeen, .lastSeen, .assigneeId} AS row

// name: stored-hits-count — how many of one kind's stored hits pass the filters (status, first seen, neighbourhood, agency)
MATCH (h:StoredHit {kind: $kind})
WHERE h.status IN $statuses AND ($since IS NULL OR h.firstSeen >= date($since))
  AND ($neighbourhood IS NULL OR $neighbourhood IN h.neighbourhoods) AND ($agencyId IS NULL OR $agencyId IN h.agencyIds)
RETURN count(h) AS total

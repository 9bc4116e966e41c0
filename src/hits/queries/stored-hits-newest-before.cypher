// name: stored-hits-newest-before — the page before a cursor of one kind's stored hits (newest first, then highest score, ties by the hit's random id): walking the index up from the cursor, nearest first
MATCH (h:StoredHit)
USING INDEX h:StoredHit(kind, firstSeen, score, id)
WHERE h.kind = $kind AND h.firstSeen IS NOT NULL AND h.score IS NOT NULL AND h.id IS NOT NULL
  AND h.status IN $statuses AND ($since IS NULL OR h.firstSeen >= date($since))
  AND ($neighbourhood IS NULL OR $neighbourhood IN h.neighbourhoods) AND ($agencyId IS NULL OR $agencyId IN h.agencyIds)
  AND ($cursorId IS NULL OR h.firstSeen > date($cursorSeen)
    OR h.firstSeen = date($cursorSeen) AND (h.score > $cursorScore OR h.score = $cursorScore AND h.id > $cursorId))
RETURN h {.id, .kind, .subjectType, .subjectId, .score, .evidence, .explanationEN, .explanationNL, .neighbourhoods,
          .status, .firstSeen, .lastSeen, .assigneeId} AS row
ORDER BY h.kind, h.firstSeen, h.score, h.id
LIMIT $limit

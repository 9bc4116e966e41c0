// name: stored-hits-page — a page of one kind's stored hits, filtered by status, first seen, neighbourhood and agency, by score (or newest first), with the total
CALL () {
  MATCH (h:StoredHit {kind: $kind})
  WHERE h.status IN $statuses AND ($since IS NULL OR h.firstSeen >= date($since))
    AND ($neighbourhood IS NULL OR $neighbourhood IN h.neighbourhoods) AND ($agencyId IS NULL OR $agencyId IN h.agencyIds)
  RETURN count(h) AS total
}
CALL () {
  MATCH (h:StoredHit {kind: $kind})
  WHERE h.status IN $statuses AND ($since IS NULL OR h.firstSeen >= date($since))
    AND ($neighbourhood IS NULL OR $neighbourhood IN h.neighbourhoods) AND ($agencyId IS NULL OR $agencyId IN h.agencyIds)
    // after the cursor: by (score desc, id), or by (firstSeen desc, score desc, id)
    AND ($afterId IS NULL
      OR $newest AND (h.firstSeen < date($afterSeen) OR h.firstSeen = date($afterSeen) AND (h.score < $afterScore OR h.score = $afterScore AND h.id > $afterId))
      OR NOT $newest AND (h.score < $afterScore OR h.score = $afterScore AND h.id > $afterId))
  WITH h ORDER BY CASE WHEN $newest THEN h.firstSeen END DESC, h.score DESC, h.id
  LIMIT $limit
  RETURN collect(h {.id, .kind, .subjectType, .subjectId, .score, .evidence, .explanationEN, .explanationNL, .neighbourhoods,
                    .status, .firstSeen, .lastSeen, .assigneeId}) AS rows
}
RETURN total, rows

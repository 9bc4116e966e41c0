// name: interventions-page-before — the help one page backward needs, walked down the start index: the $limit last up to $walkTo fix the page's first start day (stop); all help from stop up to $upper (the cursor's own day, for its ties) is returned as [start, id], for the caller to order and cut
CALL () {
  MATCH (i:Intervention)
  WHERE i.start <= date($walkTo) AND i.start >= date($lower)
    AND ($domain IS NULL OR i.domain = $domain) AND ($from IS NULL OR coalesce(i.end, date('9999-12-31')) > date($from))
    AND ($agencyId IS NULL OR EXISTS { (i)-[:BY]->(:Agency {id: $agencyId}) })
  WITH i ORDER BY i.start DESC LIMIT $limit
  RETURN min(i.start) AS stop
}
MATCH (i:Intervention)
WHERE i.start <= date($upper) AND i.start >= coalesce(stop, date($upper)) AND i.start >= date($lower)
  AND ($domain IS NULL OR i.domain = $domain) AND ($from IS NULL OR coalesce(i.end, date('9999-12-31')) > date($from))
  AND ($agencyId IS NULL OR EXISTS { (i)-[:BY]->(:Agency {id: $agencyId}) })
RETURN collect([toString(i.start), i.id]) AS rows

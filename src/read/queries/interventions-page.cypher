// name: interventions-page — the help one page forward needs, walked up the start index (no collecting of every match): the $limit first from $walkFrom fix the page's last start day (stop); all help from $lower (the cursor's own day, for its ties) up to stop is returned as [start, id], for the caller to order ties and cut the page. A period keeps help that overlaps it: ending after $from, starting by $upper
CALL () {
  MATCH (i:Intervention)
  WHERE i.start >= date($walkFrom) AND i.start <= date($upper)
    AND ($domain IS NULL OR i.domain = $domain) AND ($from IS NULL OR coalesce(i.end, date('9999-12-31')) > date($from))
    AND ($agencyId IS NULL OR EXISTS { (i)-[:BY]->(:Agency {id: $agencyId}) })
  WITH i ORDER BY i.start LIMIT $limit
  RETURN max(i.start) AS stop
}
MATCH (i:Intervention)
WHERE i.start >= date($lower) AND i.start <= coalesce(stop, date($lower)) AND i.start <= date($upper)
  AND ($domain IS NULL OR i.domain = $domain) AND ($from IS NULL OR coalesce(i.end, date('9999-12-31')) > date($from))
  AND ($agencyId IS NULL OR EXISTS { (i)-[:BY]->(:Agency {id: $agencyId}) })
RETURN collect([toString(i.start), i.id]) AS rows

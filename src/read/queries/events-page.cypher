// name: events-page — the events one page forward needs, walked up the date index (no collecting of every match): the $limit first from $walkFrom fix the page's last date (stop); every event from $lower (the cursor's own day, for its ties) up to stop is returned as [date, id], for the caller to order ties (by id, or by pseudonym) and cut the page
CALL () {
  MATCH (e:Event)
  WHERE e.date >= date($walkFrom) AND e.date <= date($upper)
    AND ($type IS NULL OR e.type = $type) AND ($domain IS NULL OR e.domain = $domain)
    AND ($agencyId IS NULL OR EXISTS { (e)-[:BY]->(:Agency {id: $agencyId}) })
  WITH e ORDER BY e.date LIMIT $limit
  RETURN max(e.date) AS stop
}
MATCH (e:Event)
WHERE e.date >= date($lower) AND e.date <= coalesce(stop, date($lower)) AND e.date <= date($upper)
  AND ($type IS NULL OR e.type = $type) AND ($domain IS NULL OR e.domain = $domain)
  AND ($agencyId IS NULL OR EXISTS { (e)-[:BY]->(:Agency {id: $agencyId}) })
RETURN collect([toString(e.date), e.id]) AS rows

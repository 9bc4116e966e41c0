// name: events-page-before — the events one page backward needs, walked down the date index: the $limit last up to $walkTo fix the page's first date (stop); every event from stop up to $upper (the cursor's own day, for its ties) is returned as [date, id], for the caller to order and cut
CALL () {
  MATCH (e:Event)
  WHERE e.date <= date($walkTo) AND e.date >= date($lower)
    AND ($type IS NULL OR e.type = $type) AND ($domain IS NULL OR e.domain = $domain)
    AND ($agencyId IS NULL OR EXISTS { (e)-[:BY]->(:Agency {id: $agencyId}) })
  WITH e ORDER BY e.date DESC LIMIT $limit
  RETURN min(e.date) AS stop
}
MATCH (e:Event)
WHERE e.date <= date($upper) AND e.date >= coalesce(stop, date($upper)) AND e.date >= date($lower)
  AND ($type IS NULL OR e.type = $type) AND ($domain IS NULL OR e.domain = $domain)
  AND ($agencyId IS NULL OR EXISTS { (e)-[:BY]->(:Agency {id: $agencyId}) })
RETURN collect([toString(e.date), e.id]) AS rows

// name: events-count — how many events the filters match (asked only when a client selects totalCount; unfiltered lists count from the count store, record-counts)
MATCH (e:Event)
WHERE e.date >= date($lower) AND e.date <= date($upper)
  AND ($type IS NULL OR e.type = $type) AND ($domain IS NULL OR e.domain = $domain)
  AND ($agencyId IS NULL OR EXISTS { (e)-[:BY]->(:Agency {id: $agencyId}) })
RETURN count(e) AS total

// name: events-count-typed — of one type, counted along the (type, date) index: how many events the filters match (asked only when a client selects totalCount; unfiltered lists count from the count store, record-counts)
MATCH (e:Event)
WHERE e.type = $type AND e.date >= date($lower) AND e.date <= date($upper)
  AND ($domain IS NULL OR e.domain = $domain)
  AND ($agencyId IS NULL OR EXISTS { (e)-[:BY]->(:Agency {id: $agencyId}) })
RETURN count(e) AS total

// name: interventions-count — how much help the filters match (asked only when a client selects totalCount; unfiltered lists count from the count store, record-counts)
MATCH (i:Intervention)
WHERE i.start <= date($upper)
  AND ($domain IS NULL OR i.domain = $domain) AND ($from IS NULL OR coalesce(i.end, date('9999-12-31')) > date($from))
  AND ($agencyId IS NULL OR EXISTS { (i)-[:BY]->(:Agency {id: $agencyId}) })
RETURN count(i) AS total

// name: households-page — a page of households by id, filtered by neighbourhood and by help received (domain, agency, period), with the total
MATCH (h:Household)
WHERE ($neighbourhood IS NULL OR h.neighbourhood = $neighbourhood)
  // an agency worker lists only households its agency is involved with
  AND ($scopeAgencyId IS NULL
    OR EXISTS { MATCH (h)<-[:FOR|ABOUT]-(r)-[:BY]->(:Agency {id: $scopeAgencyId}) }
    OR EXISTS { MATCH (h)<-[:MEMBER_OF]-(:Person)<-[:FOR|ABOUT]-(r)-[:BY]->(:Agency {id: $scopeAgencyId}) })
  AND ($domain IS NULL AND $agencyId IS NULL AND $from IS NULL AND $to IS NULL
    OR EXISTS {
      MATCH (h)<-[:FOR]-(i:Intervention)-[:BY]->(a:Agency)
      WHERE ($domain IS NULL OR i.domain = $domain) AND ($agencyId IS NULL OR a.id = $agencyId)
        AND ($from IS NULL OR coalesce(i.end, date('9999-12-31')) > date($from)) AND ($to IS NULL OR i.start <= date($to))
    }
    OR EXISTS {
      MATCH (h)<-[m:MEMBER_OF]-(:Person)<-[:FOR]-(i:Intervention)-[:BY]->(a:Agency)
      WHERE ($domain IS NULL OR i.domain = $domain) AND ($agencyId IS NULL OR a.id = $agencyId)
        AND ($from IS NULL OR coalesce(i.end, date('9999-12-31')) > date($from)) AND ($to IS NULL OR i.start <= date($to))
        AND i.start < coalesce(m.to, date('9999-12-31')) AND coalesce(i.end, date('9999-12-31')) > m.from
    })
WITH h ORDER BY h.id
WITH collect(h) AS matching
RETURN size(matching) AS total,
       [h IN matching WHERE $afterId IS NULL OR h.id > $afterId | h {.id, .neighbourhood}][0..$limit] AS rows

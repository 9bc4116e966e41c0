// name: households-page — households filtered by neighbourhood and by help received (domain, agency, period), with the total: a page by id, or every id ($limit null) for a keyed order
MATCH (h:Household)
WHERE ($neighbourhood IS NULL OR h.neighbourhood = $neighbourhood)
  // an agency worker lists only households its agency works with: on the household, or on a member while a member
  AND ($scopeAgencyId IS NULL
    OR EXISTS { MATCH (h)<-[:FOR|ABOUT]-(r)-[:BY]->(:Agency {id: $scopeAgencyId}) }
    OR EXISTS {
      MATCH (h)<-[m:MEMBER_OF]-(:Person)<-[:FOR]-(i:Intervention)-[:BY]->(:Agency {id: $scopeAgencyId})
      WHERE i.start < coalesce(m.to, date('9999-12-31')) AND coalesce(i.end, date('9999-12-31')) > m.from
    }
    OR EXISTS {
      MATCH (h)<-[m:MEMBER_OF]-(:Person)<-[:ABOUT]-(e:Event)-[:BY]->(:Agency {id: $scopeAgencyId})
      WHERE m.from <= e.date AND (m.to IS NULL OR e.date < m.to)
    })
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
WITH h.id AS id ORDER BY id
WITH collect(id) AS matching
RETURN size(matching) AS total,
       CASE WHEN $limit IS NULL THEN matching ELSE [id IN matching WHERE $afterId IS NULL OR id > $afterId][0..$limit] END AS ids

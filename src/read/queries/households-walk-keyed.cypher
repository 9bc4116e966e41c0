// name: households-walk-keyed — a page of filtered households in their keyed order (a pseudonymised list) after $cursorKey: walked up the orderKey index, each household asked of the filters as it comes, cut at $limit; rows are [sort value, id]
MATCH (h:Household)
WHERE h.orderKey > $cursorKey AND ($neighbourhood IS NULL OR h.neighbourhood = $neighbourhood)
  // an agency worker's households: its agency's help or events on the household, or on a member while a member
  AND ($scopeAgencyId IS NULL
    OR EXISTS { (h)<-[:FOR|ABOUT]-()-[:BY]->(:Agency {id: $scopeAgencyId}) }
    OR EXISTS { MATCH (h)<-[m:MEMBER_OF]-(:Person)<-[:FOR]-(i:Intervention)-[:BY]->(:Agency {id: $scopeAgencyId})
                WHERE i.start < coalesce(m.to, date('9999-12-31')) AND coalesce(i.end, date('9999-12-31')) > m.from }
    OR EXISTS { MATCH (h)<-[m:MEMBER_OF]-(:Person)<-[:ABOUT]-(e:Event)-[:BY]->(:Agency {id: $scopeAgencyId})
                WHERE m.from <= e.date AND (m.to IS NULL OR e.date < m.to) })
  // help received: of a domain, from an agency, overlapping a period; on the household, or on a member while a member
  AND ($domain IS NULL AND $from IS NULL AND $to IS NULL AND $agencyId IS NULL
    OR EXISTS {
      MATCH (h)<-[:FOR]-(i:Intervention)
      WHERE ($domain IS NULL OR i.domain = $domain) AND ($agencyId IS NULL OR EXISTS { (i)-[:BY]->(:Agency {id: $agencyId}) })
        AND ($from IS NULL OR coalesce(i.end, date('9999-12-31')) > date($from)) AND ($to IS NULL OR i.start <= date($to))
    }
    OR EXISTS {
      MATCH (h)<-[m:MEMBER_OF]-(:Person)<-[:FOR]-(i:Intervention)
      WHERE ($domain IS NULL OR i.domain = $domain) AND ($agencyId IS NULL OR EXISTS { (i)-[:BY]->(:Agency {id: $agencyId}) })
        AND ($from IS NULL OR coalesce(i.end, date('9999-12-31')) > date($from)) AND ($to IS NULL OR i.start <= date($to))
        AND i.start < coalesce(m.to, date('9999-12-31')) AND coalesce(i.end, date('9999-12-31')) > m.from
    })
WITH h ORDER BY h.orderKey LIMIT $limit
RETURN collect([h.orderKey, h.id]) AS rows

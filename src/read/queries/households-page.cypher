// name: households-page — households filtered by neighbourhood and by help received (domain, agency, period), with the total: a page by id, or ($keyed) by stored sort value, after $cursorKey (or, $backward, before it, nearest first)
// an agency worker lists only households its agency works with: on the household, or on a member while a member.
// They are found once, from the agency (35,000 of 100,000 for a large one: 0.3 s), not by asking of every household
// whether the agency reaches it (1.2 s); without an agency scope this finds nothing and `scoped` is null
CALL () {
  OPTIONAL MATCH (a:Agency {id: $scopeAgencyId})
  CALL (a) {
    MATCH (a)<-[:BY]-()-[:FOR|ABOUT]->(h:Household)
    RETURN h
    UNION
    MATCH (a)<-[:BY]-(i:Intervention)-[:FOR]->(:Person)-[m:MEMBER_OF]->(h:Household)
    WHERE i.start < coalesce(m.to, date('9999-12-31')) AND coalesce(i.end, date('9999-12-31')) > m.from
    RETURN h
    UNION
    MATCH (a)<-[:BY]-(e:Event)-[:ABOUT]->(:Person)-[m:MEMBER_OF]->(h:Household)
    WHERE m.from <= e.date AND (m.to IS NULL OR e.date < m.to)
    RETURN h
  }
  RETURN CASE WHEN $scopeAgencyId IS NULL THEN null ELSE collect(h.id) END AS scoped
}
// help from one agency: the households it reached are found from the agency too (the help of one agency, not of all)
CALL () {
  OPTIONAL MATCH (a:Agency {id: $agencyId})
  CALL (a) {
    MATCH (a)<-[:BY]-(i:Intervention)-[:FOR]->(h:Household)
    WHERE ($domain IS NULL OR i.domain = $domain)
      AND ($from IS NULL OR coalesce(i.end, date('9999-12-31')) > date($from)) AND ($to IS NULL OR i.start <= date($to))
    RETURN h
    UNION
    MATCH (a)<-[:BY]-(i:Intervention)-[:FOR]->(:Person)-[m:MEMBER_OF]->(h:Household)
    WHERE ($domain IS NULL OR i.domain = $domain)
      AND ($from IS NULL OR coalesce(i.end, date('9999-12-31')) > date($from)) AND ($to IS NULL OR i.start <= date($to))
      AND i.start < coalesce(m.to, date('9999-12-31')) AND coalesce(i.end, date('9999-12-31')) > m.from
    RETURN h
  }
  RETURN CASE WHEN $agencyId IS NULL THEN null ELSE collect(h.id) END AS helped
}
MATCH (h:Household)
WHERE ($neighbourhood IS NULL OR h.neighbourhood = $neighbourhood)
  AND (scoped IS NULL OR h.id IN scoped)
  AND (helped IS NULL OR h.id IN helped)
  // without an agency, a domain or a period is asked of each household's help
  AND ($agencyId IS NOT NULL OR $domain IS NULL AND $from IS NULL AND $to IS NULL
    OR EXISTS {
      MATCH (h)<-[:FOR]-(i:Intervention)
      WHERE ($domain IS NULL OR i.domain = $domain)
        AND ($from IS NULL OR coalesce(i.end, date('9999-12-31')) > date($from)) AND ($to IS NULL OR i.start <= date($to))
    }
    OR EXISTS {
      MATCH (h)<-[m:MEMBER_OF]-(:Person)<-[:FOR]-(i:Intervention)
      WHERE ($domain IS NULL OR i.domain = $domain)
        AND ($from IS NULL OR coalesce(i.end, date('9999-12-31')) > date($from)) AND ($to IS NULL OR i.start <= date($to))
        AND i.start < coalesce(m.to, date('9999-12-31')) AND coalesce(i.end, date('9999-12-31')) > m.from
    })
// by id, or ($keyed) by the household's stored sort value; rows are [sort value, id]
WITH CASE WHEN $keyed THEN h.orderKey ELSE h.id END AS key, h.id AS id ORDER BY key
WITH collect([key, id]) AS matching
RETURN size(matching) AS total,
       CASE WHEN $backward THEN reverse([m IN matching WHERE $cursorKey IS NULL OR m[0] < $cursorKey])[0..$limit]
            ELSE [m IN matching WHERE $cursorKey IS NULL OR m[0] > $cursorKey][0..$limit] END AS rows

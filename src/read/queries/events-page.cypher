// name: events-page — a page of events by (date, id), filtered by type, domain, agency and period, with the total
MATCH (e:Event)-[:BY]->(a:Agency)
WHERE ($type IS NULL OR e.type = $type) AND ($domain IS NULL OR e.domain = $domain) AND ($agencyId IS NULL OR a.id = $agencyId)
  AND ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
WITH e ORDER BY e.date, e.id
WITH collect(e) AS matching
RETURN size(matching) AS total,
       [e IN matching WHERE $afterDate IS NULL OR e.date > date($afterDate) OR (e.date = date($afterDate) AND e.id > $afterId) | e.id][0..$limit] AS rows

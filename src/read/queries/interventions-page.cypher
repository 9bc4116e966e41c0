// name: interventions-page — a page of interventions by (start, id), filtered by domain, agency and period overlap, with the total
MATCH (i:Intervention)-[:BY]->(a:Agency)
WHERE ($domain IS NULL OR i.domain = $domain) AND ($agencyId IS NULL OR a.id = $agencyId)
  AND ($from IS NULL OR coalesce(i.end, date('9999-12-31')) > date($from)) AND ($to IS NULL OR i.start <= date($to))
WITH i ORDER BY i.start, i.id
WITH collect(i) AS matching
RETURN size(matching) AS total,
       [i IN matching WHERE $afterDate IS NULL OR i.start > date($afterDate) OR (i.start = date($afterDate) AND i.id > $afterId) | i.id][0..$limit] AS rows

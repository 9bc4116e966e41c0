// name: interventions-page — a page of interventions by (start, id), filtered by domain, agency and period overlap, with the total; ties by pseudonym for a keyed order
MATCH (i:Intervention)-[:BY]->(a:Agency)
WHERE ($domain IS NULL OR i.domain = $domain) AND ($agencyId IS NULL OR a.id = $agencyId)
  AND ($from IS NULL OR coalesce(i.end, date('9999-12-31')) > date($from)) AND ($to IS NULL OR i.start <= date($to))
WITH i ORDER BY i.start, i.id
WITH collect(i) AS matching
// by (date, id) a page of ids; for a keyed order ($keyed) the rows from the cursor's date up to the date
// of the page's last row, all ties included, as [date, id], so the caller can order ties by pseudonym
WITH matching, [i IN matching WHERE $afterDate IS NULL OR i.start >= date($afterDate)] AS rest
WITH matching, rest, size([i IN rest WHERE $afterDate IS NOT NULL AND i.start = date($afterDate)]) AS tied
WITH matching, rest, CASE WHEN size(rest) > $limit + tied THEN rest[$limit + tied].start END AS stop
RETURN size(matching) AS total,
       CASE WHEN $keyed THEN [i IN rest WHERE stop IS NULL OR i.start <= stop | [toString(i.start), i.id]]
            ELSE [i IN matching WHERE $afterDate IS NULL OR i.start > date($afterDate) OR (i.start = date($afterDate) AND i.id > $afterId) | [toString(i.start), i.id]][0..$limit] END AS rows

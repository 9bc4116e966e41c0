// name: interventions-page — a page of interventions by (start, id), filtered by domain, agency and period overlap, with the total; ties by pseudonym for a keyed order
MATCH (i:Intervention)-[:BY]->(a:Agency)
WHERE ($domain IS NULL OR i.domain = $domain) AND ($agencyId IS NULL OR a.id = $agencyId)
  AND ($from IS NULL OR coalesce(i.end, date('9999-12-31')) > date($from)) AND ($to IS NULL OR i.start <= date($to))
WITH i ORDER BY i.start, i.id
WITH collect(i) AS matching
// by (date, id) a page of ids; for a keyed order ($keyed) the rows from the cursor's date up to the date
// of the page's last row, all ties included, as [date, id], so the caller can order ties by pseudonym
// backward ($backward): the same from the cursor's date down, nearest first
WITH matching, CASE WHEN $backward THEN reverse([i IN matching WHERE $cursorDate IS NULL OR i.start <= date($cursorDate)])
                    ELSE [i IN matching WHERE $cursorDate IS NULL OR i.start >= date($cursorDate)] END AS rest
WITH matching, rest, size([i IN rest WHERE $cursorDate IS NOT NULL AND i.start = date($cursorDate)]) AS tied
WITH matching, rest, CASE WHEN size(rest) > $limit + tied THEN rest[$limit + tied].start END AS stop
RETURN size(matching) AS total,
       CASE WHEN $keyed THEN [i IN rest WHERE stop IS NULL OR ($backward AND i.start >= stop) OR (NOT $backward AND i.start <= stop) | [toString(i.start), i.id]]
            WHEN $backward THEN reverse([i IN matching WHERE $cursorDate IS NULL OR i.start < date($cursorDate) OR (i.start = date($cursorDate) AND i.id < $cursorId) | [toString(i.start), i.id]])[0..$limit]
            ELSE [i IN matching WHERE $cursorDate IS NULL OR i.start > date($cursorDate) OR (i.start = date($cursorDate) AND i.id > $cursorId) | [toString(i.start), i.id]][0..$limit] END AS rows

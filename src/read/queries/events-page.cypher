// name: events-page — a page of events by (date, id), filtered by type, domain, agency and period, with the total; ties by pseudonym for a keyed order
MATCH (e:Event)-[:BY]->(a:Agency)
WHERE ($type IS NULL OR e.type = $type) AND ($domain IS NULL OR e.domain = $domain) AND ($agencyId IS NULL OR a.id = $agencyId)
  AND ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
WITH e ORDER BY e.date, e.id
WITH collect(e) AS matching
// by (date, id) a page of ids; for a keyed order ($keyed) the rows from the cursor's date up to the date
// of the page's last row, all ties included, as [date, id], so the caller can order ties by pseudonym
// backward ($backward): the same from the cursor's date down, nearest first
WITH matching, CASE WHEN $backward THEN reverse([e IN matching WHERE $cursorDate IS NULL OR e.date <= date($cursorDate)])
                    ELSE [e IN matching WHERE $cursorDate IS NULL OR e.date >= date($cursorDate)] END AS rest
WITH matching, rest, size([e IN rest WHERE $cursorDate IS NOT NULL AND e.date = date($cursorDate)]) AS tied
WITH matching, rest, CASE WHEN size(rest) > $limit + tied THEN rest[$limit + tied].date END AS stop
RETURN size(matching) AS total,
       CASE WHEN $keyed THEN [e IN rest WHERE stop IS NULL OR ($backward AND e.date >= stop) OR (NOT $backward AND e.date <= stop) | [toString(e.date), e.id]]
            WHEN $backward THEN reverse([e IN matching WHERE $cursorDate IS NULL OR e.date < date($cursorDate) OR (e.date = date($cursorDate) AND e.id < $cursorId) | [toString(e.date), e.id]])[0..$limit]
            ELSE [e IN matching WHERE $cursorDate IS NULL OR e.date > date($cursorDate) OR (e.date = date($cursorDate) AND e.id > $cursorId) | [toString(e.date), e.id]][0..$limit] END AS rows

// name: agencies-page — a page of agencies by id, filtered by kind and domain, with the total: after $cursorId, or ($backward) before it, nearest first
MATCH (a:Agency)
WHERE ($kind IS NULL OR a.kind = $kind) AND ($domain IS NULL OR $domain IN a.domains)
WITH a ORDER BY a.id
WITH collect(a) AS matching
RETURN size(matching) AS total,
       CASE WHEN $backward THEN reverse([a IN matching WHERE $cursorId IS NULL OR a.id < $cursorId | a {.id, .name, .kind, .domains}])[0..$limit]
            ELSE [a IN matching WHERE $cursorId IS NULL OR a.id > $cursorId | a {.id, .name, .kind, .domains}][0..$limit] END AS rows

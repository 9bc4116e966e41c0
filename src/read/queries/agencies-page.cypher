// name: agencies-page — a page of agencies by id, filtered by kind and domain, with the total
MATCH (a:Agency)
WHERE ($kind IS NULL OR a.kind = $kind) AND ($domain IS NULL OR $domain IN a.domains)
WITH a ORDER BY a.id
WITH collect(a) AS matching
RETURN size(matching) AS total,
       [a IN matching WHERE $afterId IS NULL OR a.id > $afterId | a {.id, .name, .kind, .domains}][0..$limit] AS rows

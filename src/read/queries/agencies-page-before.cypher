// name: agencies-page-before — a page of agencies by id before $cursorId, walked down the id index, nearest first, filtered by kind and domain as it goes
MATCH (a:Agency)
WHERE a.id < $cursorId AND ($kind IS NULL OR a.kind = $kind) AND ($domain IS NULL OR $domain IN a.domains)
WITH a ORDER BY a.id DESC LIMIT $limit
RETURN collect(a {.id, .name, .kind, .domains}) AS rows

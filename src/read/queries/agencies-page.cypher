// name: agencies-page — a page of agencies by id after $cursorId, walked up the id index and filtered by kind and domain as it goes (not every agency collected)
MATCH (a:Agency)
WHERE a.id > $cursorId AND ($kind IS NULL OR a.kind = $kind) AND ($domain IS NULL OR $domain IN a.domains)
WITH a ORDER BY a.id LIMIT $limit
RETURN collect(a {.id, .name, .kind, .domains}) AS rows

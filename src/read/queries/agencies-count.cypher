// name: agencies-count — how many agencies are of this kind and domain (asked only when a client selects totalCount)
MATCH (a:Agency)
WHERE ($kind IS NULL OR a.kind = $kind) AND ($domain IS NULL OR $domain IN a.domains)
RETURN count(a) AS total

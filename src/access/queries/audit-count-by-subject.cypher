// name: audit-count-by-subject — how many audit events concern a person or household: its node's degree (kept by Neo4j, nothing read) without filters, else counted over its entries (asked only when a client selects totalCount)
OPTIONAL MATCH (s:AuditSubject {key: $key})
RETURN CASE WHEN s IS NULL THEN 0
            WHEN $userId IS NULL AND $from IS NULL AND $to IS NULL AND $alsoKey IS NULL THEN COUNT { (s)<-[:CONCERNS]-(:AuditEvent) }
            ELSE COUNT { (s)<-[:CONCERNS]-(e:AuditEvent)
                         WHERE ($userId IS NULL OR e.userId = $userId) AND ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at < $to)
                           AND ($alsoKey IS NULL OR EXISTS { (e)-[:CONCERNS]->(:AuditSubject {key: $alsoKey}) }) } END AS total

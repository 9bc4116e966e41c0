// name: conference-proposals — who should be at the table, as the Verwijsindex gives it ("that, not what"): each professional and agency with help for the household or a member now, running or ended since $since, or an event since then, with its domain and how recent; no content of the help
MATCH (h:Household {id: $householdId})
CALL (h) {
  MATCH (i:Intervention)-[:FOR]->(h)
  WHERE i.end IS NULL OR i.end >= $since
  RETURN i.domain AS domain, i AS record, i.start AS since, i.end IS NULL OR i.end > $today AS running
  UNION
  MATCH (i:Intervention)-[:FOR]->(:Person)-[m:MEMBER_OF]->(h)
  WHERE (i.end IS NULL OR i.end >= $since) AND m.from <= $today AND (m.to IS NULL OR $today < m.to)
  RETURN i.domain AS domain, i AS record, i.start AS since, i.end IS NULL OR i.end > $today AS running
  UNION
  MATCH (e:Event)-[:ABOUT]->(h)
  WHERE e.date >= $since AND e.type <> 'CASE_CONFERENCE'
  RETURN e.domain AS domain, e AS record, e.date AS since, false AS running
  UNION
  MATCH (e:Event)-[:ABOUT]->(:Person)-[m:MEMBER_OF]->(h)
  WHERE e.date >= $since AND e.type <> 'CASE_CONFERENCE' AND m.from <= $today AND (m.to IS NULL OR $today < m.to)
  RETURN e.domain AS domain, e AS record, e.date AS since, false AS running
}
MATCH (record)-[:BY]->(a:Agency)
OPTIONAL MATCH (record)-[:HANDLED_BY]->(p:Professional)
WITH a, p, coalesce(domain, head(a.domains)) AS domain, min(since) AS since, max(since) AS latest, count(record) AS records, max(running) AS running
RETURN a.id AS agencyId, p.id AS professionalId, domain, toString(since) AS since, toString(latest) AS latest, running
ORDER BY running DESC, domain, a.id, p.id

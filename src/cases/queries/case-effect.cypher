// name: case-effect — a case's before and after, around its first conference: per window [from, to) the hits first seen and closed (resolved, dismissed, gone; a change's moment dated in the municipality's $timeZone, as the conference is), overlap hits first seen, escalations and concessions (about the household or a member then), and the mean ZRM score per domain of outcomes dated in it
MATCH (h:Household {id: $householdId})
UNWIND $windows AS w
CALL (h, w) {
  CALL (h) {
    OPTIONAL MATCH (h)<-[m:MEMBER_OF]-(p:Person)
    WITH h, collect(DISTINCT p.id) AS members
    RETURN members + h.id AS subjects
  }
  OPTIONAL MATCH (s:StoredHit)
  WHERE s.subjectId IN subjects
  RETURN count(CASE WHEN s.firstSeen >= w.from AND s.firstSeen < w.to THEN 1 END) AS opened,
         count(CASE WHEN s.firstSeen >= w.from AND s.firstSeen < w.to AND s.kind = 'UNCOORDINATED_OVERLAP' THEN 1 END) AS overlaps,
         count(CASE WHEN EXISTS { MATCH (s)-[:CHANGED]->(c:HitChange) WHERE c.to IN ['RESOLVED', 'DISMISSED', 'GONE'] AND date(datetime({datetime: c.at, timezone: $timeZone})) >= w.from AND date(datetime({datetime: c.at, timezone: $timeZone})) < w.to } THEN 1 END) AS closed
}
CALL (h, w) {
  CALL (h, w) {
    MATCH (h)<-[:ABOUT]-(e)
    WHERE e.type IN ['ESCALATION', 'CONCESSION'] AND e.date >= w.from AND e.date < w.to
    RETURN e
    UNION
    MATCH (h)<-[m:MEMBER_OF]-(:Person)<-[:ABOUT]-(e)
    WHERE e.type IN ['ESCALATION', 'CONCESSION'] AND e.date >= w.from AND e.date < w.to AND m.from <= e.date AND (m.to IS NULL OR e.date < m.to)
    RETURN e
  }
  RETURN count(CASE WHEN e.type = 'ESCALATION' THEN 1 END) AS escalations, count(CASE WHEN e.type = 'CONCESSION' THEN 1 END) AS concessions
}
CALL (h, w) {
  CALL (h, w) {
    MATCH (o:Outcome)-[:OF]->(:Intervention)-[:FOR]->(h)
    WHERE o.date >= w.from AND o.date < w.to
    RETURN o
    UNION
    MATCH (o:Outcome)-[:OF]->(:Intervention)-[:FOR]->(:Person)-[m:MEMBER_OF]->(h)
    WHERE o.date >= w.from AND o.date < w.to AND m.from <= o.date AND (m.to IS NULL OR o.date < m.to)
    RETURN o
  }
  UNWIND $zrmDomains AS domain
  WITH domain, o[('zrm_' + domain)] AS score
  WHERE score IS NOT NULL
  WITH domain, avg(score) AS mean, count(score) AS scores
  RETURN collect({domain: domain, mean: mean, count: scores}) AS zrm
}
RETURN w.name AS window, opened, closed, overlaps, escalations, concessions, zrm

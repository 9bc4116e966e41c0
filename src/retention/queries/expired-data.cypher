// name: expired-data — removes what ended before the cutoff (events dated before it, help and memberships, coordinator assignments and consents that ended before it), then the persons and households that kept nothing; returns what it removed
CALL () {
  MATCH (e:Event) WHERE e.date < $cutoff
  OPTIONAL MATCH (e)-[:ABOUT]->(subject)
  WITH e, collect(subject) AS subjects
  DETACH DELETE e
  RETURN count(e) AS events, collect(subjects) AS fromEvents
}
CALL () {
  MATCH (i:Intervention) WHERE i.end IS NOT NULL AND i.end < $cutoff
  OPTIONAL MATCH (i)-[:FOR]->(subject)
  OPTIONAL MATCH (o:Outcome)-[:OF]->(i)
  WITH i, collect(DISTINCT subject) AS subjects, collect(DISTINCT o) AS outcomes
  FOREACH (o IN outcomes | DETACH DELETE o)
  DETACH DELETE i
  RETURN count(i) AS interventions, sum(size(outcomes)) AS outcomes, collect(subjects) AS fromHelp
}
CALL () {
  MATCH (p:Person)-[m:MEMBER_OF]->(h:Household) WHERE m.to IS NOT NULL AND m.to < $cutoff
  DELETE m
  RETURN count(m) AS memberships, collect(p) + collect(h) AS fromMemberships
}
CALL () {
  MATCH (:Professional)-[c:COORDINATES]->(h:Household) WHERE c.to IS NOT NULL AND c.to < $cutoff
  DELETE c
  RETURN count(c) AS coordinators
}
CALL () {
  MATCH (c:Consent) WHERE c.to IS NOT NULL AND c.to < $cutoff
  DETACH DELETE c
  RETURN count(c) AS consents
}
// only what lost records in this run is a candidate: a person or household that kept nothing
WITH events, interventions, outcomes, memberships, coordinators, consents,
     reduce(all = [], l IN fromEvents + fromHelp | all + l) + fromMemberships AS touched
CALL (touched) {
  UNWIND touched AS n
  WITH DISTINCT n
  WHERE (n:Person OR n:Household) AND NOT EXISTS { (n)-[:MEMBER_OF|FOR|ABOUT|COORDINATES]-() }
  WITH n, n:Person AS isPerson, n.id AS id
  DETACH DELETE n
  RETURN count(CASE WHEN isPerson THEN 1 END) AS persons, count(CASE WHEN NOT isPerson THEN 1 END) AS households, collect(id) AS gone
}
// their stored pattern hits and those hits' history go with them
// (their kind and status, for the counters: tally-moves)
CALL (gone) {
  MATCH (s:StoredHit) WHERE s.subjectId IN gone
  OPTIONAL MATCH (s)-[:CHANGED]->(c:HitChange)
  WITH s, s.kind AS kind, s.status AS status, collect(c) AS changes
  FOREACH (c IN changes | DETACH DELETE c)
  DETACH DELETE s
  RETURN count(s) AS hits, collect({kind: kind, from: status, to: null}) AS hitMoves
}
RETURN events, interventions, outcomes, memberships, coordinators, consents, persons, households, hits, hitMoves

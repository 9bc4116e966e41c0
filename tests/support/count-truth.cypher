// name: test-count-truth — the records whose marks for the kept totals (migration 015) differ from what they say: an event without exactly its own type's label, help whose GIVEN_BY is not exactly its BY, and anything else BY or GIVEN_BY an agency, an event's GIVEN_BY included (the events' total subtracts GIVEN_BY from BY)
CALL () {
  MATCH (e:Event)
  WITH e, [l IN labels(e) WHERE l STARTS WITH 'Event_'] AS marks
  WHERE marks <> ['Event_' + e.type]
  RETURN collect(e.id) AS events
}
CALL () {
  MATCH (i:Intervention)
  WITH i, [(i)-[:BY]->(a) | a.id] AS by, [(i)-[:GIVEN_BY]->(a) | a.id] AS given
  WHERE by <> given
  RETURN collect(i.id) AS help
}
CALL () {
  MATCH (x)-[r:BY|GIVEN_BY]->(:Agency)
  WHERE NOT (x:Intervention OR (x:Event AND type(r) = 'BY'))
  RETURN count(x) AS others
}
RETURN events, help, others

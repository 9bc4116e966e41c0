// name: caseload-facts — what a household's priority is made of (docs/caseload.md): its open stored hits (about it or a member now), its safety signals since $safetySince, whether a regisseur coordinates it now, its open case and that case's overdue plan actions; only households in $neighbourhood (lower case) when given
UNWIND $ids AS id
MATCH (h:Household {id: id})
WHERE $neighbourhood IS NULL OR toLower(h.neighbourhood) = $neighbourhood
CALL (h) {
  OPTIONAL MATCH (h)<-[m:MEMBER_OF]-(p:Person)
  WHERE m.from <= $today AND (m.to IS NULL OR $today < m.to)
  RETURN collect(p.id) AS persons
}
CALL (h, persons) {
  MATCH (s:StoredHit)
  WHERE s.subjectId IN [h.id] + persons AND s.status IN $open
  RETURN collect(s {.id, .kind, firstSeen: toString(s.firstSeen), newAt: toString(s.newAt)}) AS hits
}
CALL (h) {
  CALL (h) {
    MATCH (h)<-[:ABOUT]-(e)
    WHERE e.date >= $safetySince AND ((e.type = 'SIGNAL' AND e.domain = 'VEILIGHEID') OR (e.type = 'ESCALATION' AND e.severity >= 3))
    RETURN e
    UNION
    MATCH (h)<-[m:MEMBER_OF]-(:Person)<-[:ABOUT]-(e)
    WHERE e.date >= $safetySince AND ((e.type = 'SIGNAL' AND e.domain = 'VEILIGHEID') OR (e.type = 'ESCALATION' AND e.severity >= 3))
      AND m.from <= e.date AND (m.to IS NULL OR e.date < m.to)
    RETURN e
  }
  RETURN count(e) AS safetySignals
}
CALL (h) {
  OPTIONAL MATCH (p:Professional)-[r:COORDINATES]->(h)
  WHERE r.from <= $today AND (r.to IS NULL OR $today < r.to)
  WITH p ORDER BY p.id
  RETURN count(p) > 0 AS coordinated, head(collect(p.id)) AS coordinatorId
}
CALL (h) {
  OPTIONAL MATCH (c:Case {householdId: h.id})
  WHERE c.status <> 'CLOSED'
  OPTIONAL MATCH (c)-[:PLANNED]->(:Plan {current: true})-[:ACTION]->(a:PlanAction)
  WHERE a.doneOn IS NULL AND a.due < $today
  RETURN head(collect(c.id)) AS caseId, head(collect(c.regisseurId)) AS regisseurId, count(a) AS overdue,
         head(collect(toString(c.touchedAt))) AS caseTouchedAt
}
RETURN h.id AS id, hits, safetySignals, coordinated OR regisseurId IS NOT NULL AS coordinated, coalesce(regisseurId, coordinatorId) AS regisseurId,
       caseId, overdue, caseTouchedAt

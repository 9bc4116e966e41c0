// name: judgement-figures — per detector, what people decided about its hits: how many were judged, dismissed (with the reason of the last dismissal) and resolved, and the median hours from first found to first look
MATCH (h:StoredHit)-[:CHANGED]->(:Judgement)
WITH DISTINCT h
CALL (h) {
  MATCH (h)-[:CHANGED]->(c:HitChange)
  WITH c ORDER BY c.at
  WITH collect(c) AS changes
  RETURN changes[0].at AS foundAt, [c IN changes WHERE c:Judgement] AS judged
}
WITH h.kind AS kind, h.status AS status, duration.inSeconds(foundAt, judged[0].at).seconds / 3600.0 AS hoursToLook,
     [c IN judged WHERE c.to = 'DISMISSED'] AS dismissals
WITH kind, count(*) AS judged,
     collect(CASE WHEN status = 'DISMISSED' THEN last(dismissals).reason END) AS reasons,
     count(CASE WHEN status = 'RESOLVED' THEN 1 END) AS resolved,
     percentileCont(hoursToLook, 0.5) AS medianHours
RETURN kind, judged, reasons, resolved, medianHours

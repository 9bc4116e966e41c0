// name: record-marks-events — every event whose type labels are not exactly its own type's (migration 015) gets them right: the events of one type are counted from that label; a full run does this, so a hand edit or an instance on older code cannot leave the total wrong for long
MATCH (e:Event)
WHERE e.type IS NOT NULL AND [l IN labels(e) WHERE l STARTS WITH 'Event_'] <> ['Event_' + e.type]
CALL (e) {
  REMOVE e:$([l IN labels(e) WHERE l STARTS WITH 'Event_' AND l <> 'Event_' + e.type])
  SET e:$('Event_' + e.type)
} IN TRANSACTIONS OF 10000 ROWS
RETURN count(e) AS mended

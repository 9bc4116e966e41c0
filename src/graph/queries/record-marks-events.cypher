// name: record-marks-events — every event whose type labels are not exactly its own type's (migration 015) gets them right: the events of one type are counted from that label; a full run does this, so a hand edit or an instance on older code cannot leave the total wrong for long
MATCH (e:Event)
WHERE e.type IS NOT NULL AND [l IN labels(e) WHERE l STARTS WITH 'Event_'] <> ['Event_' + e.type]
CALL (e) {
  // the event's write lock first (a property set and removed: removing a label it lacks takes none), so its labels and type are read as the last writer left them
  SET e.marksLock = true
  REMOVE e.marksLock
  WITH e
  REMOVE e:$([l IN labels(e) WHERE l STARTS WITH 'Event_' AND l <> 'Event_' + e.type])
  SET e:$('Event_' + e.type)
} IN TRANSACTIONS OF 10000 ROWS
RETURN count(e) AS mended

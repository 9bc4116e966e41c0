// name: events-count-by-agency — how many of one agency's events the filters match, read from the agency's own records (its BY relationships), not by asking every event in the period whether the agency made it (asked only when a client selects totalCount)
MATCH (:Agency {id: $agencyId})<-[:BY]-(e)
// the label asked of labels(), not matched: with e:Event the planner walked the date index over every event and joined (989,006 rows for 58,695)
WHERE 'Event' IN labels(e) AND e.date >= date($lower) AND e.date <= date($upper)
  AND ($type IS NULL OR e.type = $type) AND ($domain IS NULL OR e.domain = $domain)
RETURN count(e) AS total

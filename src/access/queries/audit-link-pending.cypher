// name: audit-link-pending — links up to $limit audit entries, oldest first, to the subjects they name (AuditSubject nodes, found by index for a subject access request); MERGE on both, so two linkers at once link each entry once
MATCH (e:AuditUnlinked)
WITH e ORDER BY e.seq LIMIT $limit
FOREACH (key IN [p IN e.persons | 'Person:' + p] + [x IN e.households | 'Household:' + x] + coalesce(e.requested, []) |
  MERGE (s:AuditSubject {key: key})
  MERGE (e)-[:CONCERNS]->(s))
REMOVE e:AuditUnlinked
RETURN count(e) AS linked

// name: audit-page — audit events by seq descending, filtered by person, household, user and period
MATCH (e:AuditEvent)
WHERE ($personId IS NULL OR $personId IN e.persons OR ('Person:' + $personId) IN coalesce(e.requested, []))
  AND ($householdId IS NULL OR $householdId IN e.households OR ('Household:' + $householdId) IN coalesce(e.requested, []))
  AND ($userId IS NULL OR e.userId = $userId)
  AND ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at < $to)
WITH e ORDER BY e.seq DESC
WITH collect(e) AS matching
RETURN size(matching) AS total, [e IN matching WHERE $afterSeq IS NULL OR e.seq < $afterSeq | properties(e)][0..$limit] AS rows

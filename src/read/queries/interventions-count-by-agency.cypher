// name: interventions-count-by-agency — how much of one agency's help the filters match, read from the agency's own records (its BY relationships), not by asking all help whether the agency gave it (asked only when a client selects totalCount)
MATCH (:Agency {id: $agencyId})<-[:BY]-(i)
// the label asked of labels(), not matched: with i:Intervention the planner walked the start index over all help and joined (634,052 rows for 30,765)
WHERE 'Intervention' IN labels(i) AND i.start <= date($upper)
  AND ($domain IS NULL OR i.domain = $domain) AND ($from IS NULL OR coalesce(i.end, date('9999-12-31')) > date($from))
RETURN count(i) AS total

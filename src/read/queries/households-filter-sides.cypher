// name: households-filter-sides — which side a filtered households list starts from: how many records the filter's agencies have (their degree, which Neo4j keeps: nothing read) (and how many households there are, from the count store)
CALL () { MATCH (h:Household) RETURN count(h) AS households }
OPTIONAL MATCH (a:Agency) WHERE a.id IN [$scopeAgencyId, $agencyId]
RETURN households, min(COUNT { (a)<-[:BY]-() }) AS fewest

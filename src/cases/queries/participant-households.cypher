// name: participant-households — the households whose roll $userId may see because it took part in a conference of their open case, and under which case; a case on CONSENT only while that consent runs
MATCH (:Professional {id: $userId})<-[:WITH]-(:CaseConference)<-[:HELD]-(c:Case)
WHERE c.status <> 'CLOSED'
  AND (c.legalGround <> 'CONSENT' OR EXISTS {
    MATCH (k:Consent {id: c.consentId}) WHERE k.from <= $today AND (k.to IS NULL OR $today < k.to)
  })
RETURN DISTINCT c.householdId AS householdId, c.id AS caseId

// name: fairness-judged-hits — per stored hit a person judged: its id, kind and subject (a person's hit with its evidence, which names the households it concerns), and whether the latest judgement dismissed it as not a concern (taken as it stands now: a decision is not dated by the report's day)
MATCH (s:StoredHit)-[:CHANGED]->(j:Judgement)
WITH s, j ORDER BY j.at
WITH s, last(collect(j)) AS latest
RETURN s.id AS id, s.kind AS kind, s.subjectType AS subjectType, s.subjectId AS subjectId,
       CASE WHEN s.subjectType = 'Person' THEN s.evidence END AS evidence,
       latest.to = 'DISMISSED' AND coalesce(latest.reason = 'NOT_A_CONCERN', false) AS notAConcern

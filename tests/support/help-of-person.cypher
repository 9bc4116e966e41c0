// name: test-help-of-person — a person's interventions as stored, in order of start: agency, professional, dates as text
MATCH (i:Intervention)-[:FOR]->(:Person {id: $personId})
MATCH (i)-[:BY]->(a:Agency)
OPTIONAL MATCH (i)-[:HANDLED_BY]->(pr:Professional)
RETURN i.id AS id, a.id AS agency, pr.id AS professional, i.domain AS domain, toString(i.start) AS start, toString(i.end) AS end,
       i.endReason AS endReason, i.endReasonCode AS endReasonCode
ORDER BY start, id

// name: record-counts — how many events, interventions and agencies are stored, from the count store (no records read)
CALL () { MATCH (e:Event) RETURN count(e) AS events }
CALL () { MATCH (i:Intervention) RETURN count(i) AS interventions }
CALL () { MATCH (a:Agency) RETURN count(a) AS agencies }
RETURN events, interventions, agencies

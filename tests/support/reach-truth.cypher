// name: test-reach-truth — per household, the reach it keeps (REACHED_BY, HELPED_IN, with repeats) and the reach its records give, asked as the lists' filters ask them: help or events on it, or on a member while a member
MATCH (h:Household)
RETURN h.id AS id,
  [(h)-[:REACHED_BY]->(a) | a.id] AS keptAgencies,
  [(h)-[:HELPED_IN]->(d) | d.code] AS keptDomains,
  [(h)<-[:FOR|ABOUT]-()-[:BY]->(a:Agency) | a.id]
    + [(h)<-[m:MEMBER_OF]-(:Person)<-[:FOR]-(i:Intervention)-[:BY]->(a:Agency)
       WHERE i.start < coalesce(m.to, date('9999-12-31')) AND coalesce(i.end, date('9999-12-31')) > m.from | a.id]
    + [(h)<-[m:MEMBER_OF]-(:Person)<-[:ABOUT]-(e:Event)-[:BY]->(a:Agency)
       WHERE m.from <= e.date AND (m.to IS NULL OR e.date < m.to) | a.id] AS agencies,
  [(h)<-[:FOR]-(i:Intervention) WHERE i.domain IS NOT NULL | i.domain]
    + [(h)<-[m:MEMBER_OF]-(:Person)<-[:FOR]-(i:Intervention)
       WHERE i.domain IS NOT NULL AND i.start < coalesce(m.to, date('9999-12-31')) AND coalesce(i.end, date('9999-12-31')) > m.from | i.domain] AS domains

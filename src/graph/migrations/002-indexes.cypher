// name: migration-002-indexes — date and lookup indexes the lists, timeline and detectors filter on
CREATE INDEX household_neighbourhood IF NOT EXISTS FOR (n:Household) ON (n.neighbourhood);
CREATE INDEX intervention_start IF NOT EXISTS FOR (n:Intervention) ON (n.start);
CREATE INDEX intervention_end IF NOT EXISTS FOR (n:Intervention) ON (n.end);
CREATE INDEX intervention_domain IF NOT EXISTS FOR (n:Intervention) ON (n.domain);
CREATE INDEX intervention_end_reason IF NOT EXISTS FOR (n:Intervention) ON (n.endReason);
CREATE INDEX event_type_date IF NOT EXISTS FOR (n:Event) ON (n.type, n.date);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_domain IF NOT EXISTS FOR (n:Event) ON (n.domain);
CREATE INDEX outcome_result IF NOT EXISTS FOR (n:Outcome) ON (n.result);
CREATE INDEX member_of_from IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.from);
CREATE INDEX coordinates_from IF NOT EXISTS FOR ()-[r:COORDINATES]-() ON (r.from);

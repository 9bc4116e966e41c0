// name: events-count-of-type — how many events of one type are stored, with no other filter: the count store's number for the type's label (migration 015; Event_SIGNAL, …), each type asked as a fixed label so Neo4j answers from its count store; nothing read per event. Every EventType is here (src/read/type-counts.test.ts checks)
CALL () { MATCH (e:Event_SIGNAL) RETURN count(e) AS signal }
CALL () { MATCH (e:Event_REFERRAL) RETURN count(e) AS referral }
CALL () { MATCH (e:Event_CONTACT) RETURN count(e) AS contact }
CALL () { MATCH (e:Event_CONTACT_REFUSED) RETURN count(e) AS contact_refused }
CALL () { MATCH (e:Event_NO_SHOW) RETURN count(e) AS no_show }
CALL () { MATCH (e:Event_ESCALATION) RETURN count(e) AS escalation }
CALL () { MATCH (e:Event_CONCESSION) RETURN count(e) AS concession }
CALL () { MATCH (e:Event_CASE_CONFERENCE) RETURN count(e) AS case_conference }
CALL () { MATCH (e:Event_CARE_REQUEST) RETURN count(e) AS care_request }
CALL () { MATCH (e:Event_REQUEST_ANSWER) RETURN count(e) AS request_answer }
RETURN CASE $type
  WHEN 'SIGNAL' THEN signal
  WHEN 'REFERRAL' THEN referral
  WHEN 'CONTACT' THEN contact
  WHEN 'CONTACT_REFUSED' THEN contact_refused
  WHEN 'NO_SHOW' THEN no_show
  WHEN 'ESCALATION' THEN escalation
  WHEN 'CONCESSION' THEN concession
  WHEN 'CASE_CONFERENCE' THEN case_conference
  WHEN 'CARE_REQUEST' THEN care_request
  WHEN 'REQUEST_ANSWER' THEN request_answer
END AS total

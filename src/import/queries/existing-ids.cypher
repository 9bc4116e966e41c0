// name: existing-ids — which of the ids a delivery defines or refers to are already stored, per kind
CALL () { UNWIND $agencies AS id MATCH (n:Agency {id: id}) RETURN collect(id) AS agencies }
CALL () { UNWIND $professionals AS id MATCH (n:Professional {id: id}) RETURN collect(id) AS professionals }
CALL () { UNWIND $households AS id MATCH (n:Household {id: id}) RETURN collect(id) AS households }
CALL () { UNWIND $persons AS id MATCH (n:Person {id: id}) RETURN collect(id) AS persons }
CALL () { UNWIND $interventions AS id MATCH (n:Intervention {id: id}) RETURN collect({id: id, start: n.start}) AS interventions }
CALL () { UNWIND $events AS id MATCH (n:Event {id: id}) RETURN collect({id: id, type: n.type}) AS events }
CALL () { UNWIND $outcomes AS id MATCH (n:Outcome {id: id}) RETURN collect(id) AS outcomes }
CALL () { UNWIND $consents AS id MATCH (n:Consent {id: id}) RETURN collect(id) AS consents }
RETURN agencies, professionals, households, persons, interventions, events, outcomes, consents

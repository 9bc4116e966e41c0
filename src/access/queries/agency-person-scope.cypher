// name: agency-person-scope — per person: has the agency a record (help or an event) about this person itself
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN id, EXISTS { MATCH (p)<-[:FOR|ABOUT]-(r)-[:BY]->(:Agency {id: $agencyId}) } AS own

// name: stored-for-messages — what a batch of iJw/iWmo messages meets in the store: messages received before, allocations, requests, agencies by code, persons and whether they have a household, the provider teams (of agencies named by AGB code, and of those messages made)
CALL () { UNWIND $messages AS key MATCH (m:Message {key: key}) RETURN collect({key: key, hash: m.hash}) AS messages }
CALL () { UNWIND $allocations AS key MATCH (a:Allocation {key: key}) RETURN collect(properties(a)) AS allocations }
CALL () {
  UNWIND $requests AS id MATCH (e:Event {id: id})
  OPTIONAL MATCH (e)-[:ABOUT]->(p:Person)
  RETURN collect({id: id, personId: p.id}) AS requests
}
CALL () {
  UNWIND $agbCodes AS code MATCH (a:Agency {agbCode: code}) WITH code, min(a.id) AS id
  RETURN collect({code: code, id: id, team: EXISTS { (:Professional {id: id + '-team'}) }}) AS providers
}
CALL () { UNWIND $cbsCodes AS code MATCH (a:Agency {cbsCode: code}) WITH code, min(a.id) AS id RETURN collect({code: code, id: id}) AS municipalities }
CALL () {
  UNWIND $persons AS id MATCH (p:Person {id: id})
  RETURN collect({id: id, housed: EXISTS { (p)-[:MEMBER_OF]->(:Household) }}) AS persons
}
CALL () { UNWIND $professionals AS id MATCH (n:Professional {id: id}) RETURN collect(id) AS professionals }
RETURN messages, allocations, requests, providers, municipalities, persons, professionals

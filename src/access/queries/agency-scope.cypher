// name: agency-scope — per household: is the agency involved (its own help or events there), and which agencies an active consent lets it see
UNWIND $ids AS id
MATCH (h:Household {id: id})
RETURN id,
  EXISTS { MATCH (h)<-[:FOR|ABOUT]-(r)-[:BY]->(:Agency {id: $agencyId}) }
    OR EXISTS { MATCH (h)<-[:MEMBER_OF]-(:Person)<-[:FOR|ABOUT]-(r)-[:BY]->(:Agency {id: $agencyId}) } AS involved,
  reduce(all = [], ids IN [(h)<-[:FOR]-(c:Consent)-[:COVERS]->(:Agency {id: $agencyId})
      WHERE c.from <= $today AND (c.to IS NULL OR $today < c.to) | [(c)-[:COVERS]->(a:Agency) | a.id]] | all + ids) AS consented

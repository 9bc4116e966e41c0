// name: agency-scope — per household: is the agency involved (its own help or events on the household, or on a member while a member; not a case conference behangrol recorded, which gives access only to those at the table, through the case), and which agencies an active consent lets it see
UNWIND $ids AS id
MATCH (h:Household {id: id})
RETURN id,
  EXISTS { MATCH (h)<-[:FOR|ABOUT]-(r)-[:BY]->(:Agency {id: $agencyId}) WHERE r.fromCase IS NULL }
    OR EXISTS {
      MATCH (h)<-[m:MEMBER_OF]-(:Person)<-[:FOR]-(i:Intervention)-[:BY]->(:Agency {id: $agencyId})
      WHERE i.start < coalesce(m.to, date('9999-12-31')) AND coalesce(i.end, date('9999-12-31')) > m.from
    }
    OR EXISTS {
      MATCH (h)<-[m:MEMBER_OF]-(:Person)<-[:ABOUT]-(e:Event)-[:BY]->(:Agency {id: $agencyId})
      WHERE m.from <= e.date AND (m.to IS NULL OR e.date < m.to)
    } AS involved,
  reduce(all = [], ids IN [(h)<-[:FOR]-(c:Consent)-[:COVERS]->(:Agency {id: $agencyId})
      WHERE c.from <= $today AND (c.to IS NULL OR $today < c.to) | [(c)-[:COVERS]->(a:Agency) | a.id]] | all + ids) AS consented

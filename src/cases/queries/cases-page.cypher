// name: cases-page — a page of cases, newest first: all, or only those about $households or led by, inviting, or held with $userId ($mine); by status and neighbourhood (case-insensitive); $cursorAt/$cursorId: the row the page starts after, or ($backward) ends before (then nearest first), compared as date-times: their text drops a fraction's trailing zeros ("…01.12Z" is after "…01.123Z" as text)
MATCH (c:Case)
WHERE ($statuses IS NULL OR c.status IN $statuses)
  AND ($scope IS NULL OR c.householdId IN $scope OR c.regisseurId = $userId OR EXISTS { (c)-[:INVITES]->(:Professional {id: $userId}) }
       OR EXISTS { (c)-[:HELD]->(:CaseConference)-[:WITH]->(:Professional {id: $userId}) })
  AND ($neighbourhood IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(h:Household) WHERE toLower(h.neighbourhood) = $neighbourhood })
WITH c ORDER BY c.openedAt DESC, c.id DESC
WITH collect(c) AS found
RETURN size(found) AS total,
       CASE WHEN $backward
         THEN reverse([c IN found WHERE $cursorAt IS NULL OR c.openedAt > datetime($cursorAt) OR (c.openedAt = datetime($cursorAt) AND c.id > $cursorId)
              | {id: c.id, openedAt: toString(c.openedAt)}])[0..$limit]
         ELSE [c IN found WHERE $cursorAt IS NULL OR c.openedAt < datetime($cursorAt) OR (c.openedAt = datetime($cursorAt) AND c.id < $cursorId)
              | {id: c.id, openedAt: toString(c.openedAt)}][0..$limit] END AS rows

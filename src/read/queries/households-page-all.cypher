// name: households-page-all — every household, unfiltered, in id order: the page walked from the id index (no sort, no collecting), the total from the count store
CALL () { MATCH (h:Household) RETURN count(h) AS total }
CALL () {
  MATCH (h:Household) WHERE h.id > $afterId
  RETURN h.id AS id ORDER BY id LIMIT $limit
}
RETURN total, collect(id) AS ids

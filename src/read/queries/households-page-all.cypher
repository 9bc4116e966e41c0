// name: households-page-all — every household, unfiltered, in id order: the page walked from the id index (no sort, no collecting), whole (priming the household loader), the total from the count store
CALL () { MATCH (h:Household) RETURN count(h) AS total }
CALL () {
  MATCH (h:Household) WHERE h.id > $cursorId
  RETURN h ORDER BY h.id LIMIT $limit
}
RETURN total, collect(h.id) AS ids, collect(h {.id, .neighbourhood, .madeFromMessages}) AS records

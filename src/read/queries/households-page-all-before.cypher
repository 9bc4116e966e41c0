// name: households-page-all-before — every household, unfiltered, in id order: the page before $cursorId (or the last page), walked down the id index, nearest first, whole (priming the household loader), the total from the count store
CALL () { MATCH (h:Household) RETURN count(h) AS total }
CALL () {
  MATCH (h:Household) WHERE h.id < $cursorId
  RETURN h ORDER BY h.id DESC LIMIT $limit
}
RETURN total, collect(h.id) AS ids, collect(h {.id, .neighbourhood, .madeFromMessages}) AS records

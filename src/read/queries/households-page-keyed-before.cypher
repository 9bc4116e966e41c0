// name: households-page-keyed-before — every household, unfiltered, in its keyed order: the page just before $cursorKey, walked down the orderKey index, nearest first; the total from the count store
CALL () { MATCH (h:Household) RETURN count(h) AS total }
CALL () {
  MATCH (h:Household) WHERE h.orderKey < $cursorKey
  RETURN h ORDER BY h.orderKey DESC LIMIT $limit
}
RETURN total, collect([h.orderKey, h.id]) AS rows, collect(h {.id, .neighbourhood, .madeFromMessages}) AS records

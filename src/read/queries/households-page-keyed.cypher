// name: households-page-keyed — every household, unfiltered, in its keyed order (a pseudonymised list): the page walked up the orderKey index from $cursorKey (no pseudonymising or sorting of every household), the total from the count store
CALL () { MATCH (h:Household) RETURN count(h) AS total }
CALL () {
  MATCH (h:Household) WHERE h.orderKey > $cursorKey
  RETURN h ORDER BY h.orderKey LIMIT $limit
}
RETURN total, collect([h.orderKey, h.id]) AS rows, collect(h {.id, .neighbourhood, .madeFromMessages}) AS records

// name: test-canonical-graph — every node with its labels and typed properties, every relationship with its type, ends and typed properties: two stores compared whole
CALL () {
  MATCH (n)
  RETURN collect([elementId(n), labels(n), [k IN keys(n) | [k, valueType(n[k]), n[k]]]]) AS nodes
}
CALL () {
  MATCH (a)-[r]->(b)
  RETURN collect([type(r), elementId(a), elementId(b), [k IN keys(r) | [k, valueType(r[k]), r[k]]]]) AS relationships
}
RETURN nodes, relationships

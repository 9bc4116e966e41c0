// name: test-all-properties — every property of every node and relationship in the store (for a test that a value is stored nowhere)
CALL () { MATCH (n) RETURN collect(properties(n)) AS nodes }
CALL () { MATCH ()-[r]->() RETURN collect(properties(r)) AS relationships }
RETURN nodes, relationships

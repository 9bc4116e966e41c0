// name: test-setting — the value one Neo4j setting has on the running server
SHOW SETTINGS YIELD name, value WHERE name = $name
RETURN value

// name: test-integrity-blocked — how many transactions tagged with this query name wait for a lock
SHOW TRANSACTIONS YIELD metaData, status
WHERE metaData.query = $name AND status STARTS WITH 'Blocked'
RETURN count(*) AS blocked

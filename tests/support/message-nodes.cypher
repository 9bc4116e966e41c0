// name: test-message-nodes — what iJw/iWmo messages of one municipality (CBS code) left in the store
CALL () { MATCH (m:Message) WHERE m.key CONTAINS ('|' + $cbs) RETURN count(m) AS messages } // sent by the municipality, or by one of its test providers (AGB codes start with it)
CALL () { MATCH (a:Allocation {municipality: $cbs}) RETURN count(a) AS allocations }
CALL () { MATCH (a:Agency) WHERE a.cbsCode = $cbs OR a.agbCode STARTS WITH $cbs RETURN count(a) AS agencies }
RETURN messages, allocations, agencies

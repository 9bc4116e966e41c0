// name: due-allocations — allocations that have not started and whose term for a start message (OP271) has passed by today without a signal yet: each becomes a signal
MATCH (a:Allocation)
WHERE a.started = false AND a.signalDate < $today AND a.signalled = false
RETURN properties(a) AS allocation
ORDER BY a.key
LIMIT $limit

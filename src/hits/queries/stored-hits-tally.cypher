// name: stored-hits-tally — how many of one kind's stored hits have these statuses, from the counters kept with every status change (tally-moves): a few nodes read, however many hits there are
UNWIND $statuses AS status
OPTIONAL MATCH (t:HitTally {key: $kind + '/' + status})
RETURN coalesce(sum(t.n), 0) AS total

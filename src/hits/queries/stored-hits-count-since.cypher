// name: stored-hits-count-since — how many of one kind's stored hits with these statuses were first seen on or after $since: a range of the (kind, firstSeen) index, so it reads only the hits that new
MATCH (h:StoredHit)
WHERE h.kind = $kind AND h.firstSeen >= date($since) AND h.status IN $statuses
RETURN count(h) AS total

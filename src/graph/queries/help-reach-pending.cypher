// name: help-reach-pending — whether migration 014 asked for every household's reach to be set (a node it leaves, removed once done)
OPTIONAL MATCH (p:HelpReachPending)
RETURN p IS NOT NULL AS pending

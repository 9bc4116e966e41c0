// name: households-unkeyed — up to $limit households without a sort value yet (stored before migration 012, or by a writer that makes none: the offline importer)
MATCH (h:Household) WHERE h.orderKey IS NULL
RETURN h.id AS id LIMIT $limit

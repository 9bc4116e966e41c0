// name: data-version — the number every import bumps, so that a cached result knows it is stale
OPTIONAL MATCH (v:DataVersion {id: 'data'})
RETURN coalesce(v.version, 0) AS version

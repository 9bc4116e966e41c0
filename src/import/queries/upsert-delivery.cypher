// name: upsert-delivery — the delivery a write came from (provenance); status IN_PROGRESS until all batches are in
MERGE (d:Delivery {source: $source})
ON CREATE SET d.firstImportedAt = datetime()
SET d.status = $status
SET d += $records // received per kind: agencies, persons, ...
// every write makes cached results stale (see hits/live-cache.ts)
WITH d
MERGE (v:DataVersion {id: 'data'})
SET v.version = coalesce(v.version, 0) + 1

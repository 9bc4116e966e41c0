// name: upsert-delivery — the delivery a write came from (provenance); status IN_PROGRESS until all batches are in
MERGE (d:Delivery {source: $source})
ON CREATE SET d.firstImportedAt = datetime()
SET d.status = $status
SET d += $records // received per kind: agencies, persons, ...

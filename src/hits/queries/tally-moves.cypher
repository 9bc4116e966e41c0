// name: tally-moves — applies stored hits' status moves ({kind, from, to}; from null: a new hit, to null: a removed one) to the counters per kind and status, in the transaction that made them; SET t.n = t.n + … reads the counter under its write lock, so concurrent moves add up, and counters are taken in one order
UNWIND $moves AS m
UNWIND [{status: m.from, d: -1}, {status: m.to, d: 1}] AS step
WITH m.kind AS kind, step.status AS status, sum(step.d) AS delta
WHERE status IS NOT NULL AND delta <> 0
WITH kind, status, delta ORDER BY kind, status
MERGE (t:HitTally {key: kind + '/' + status})
ON CREATE SET t.kind = kind, t.status = status, t.n = 0
SET t.n = t.n + delta

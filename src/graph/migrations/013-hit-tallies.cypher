// name: migration-013-hit-tallies — a counter per pattern kind and status (HitTally), kept in the transaction of every status change (src/hits/tallies.ts), so a stored pattern page's totalCount and the summary's statuses read a few counters instead of every hit; set here from the hits already stored
CREATE CONSTRAINT hit_tally_key IF NOT EXISTS FOR (n:HitTally) REQUIRE n.key IS UNIQUE;
MATCH (h:StoredHit)
WHERE h.kind IS NOT NULL AND h.status IS NOT NULL
WITH h.kind AS kind, h.status AS status, count(*) AS n
MERGE (t:HitTally {key: kind + '/' + status})
SET t.kind = kind, t.status = status, t.n = n;

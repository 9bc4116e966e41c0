// name: bench-commit-probe — the smallest committed write (one property of one node without index): what any commit costs, fsync included
MERGE (p:BenchProbe {id: 'commit'})
SET p.n = coalesce(p.n, 0) + 1

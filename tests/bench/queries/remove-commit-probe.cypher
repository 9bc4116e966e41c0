// name: bench-remove-commit-probe — removes the benchmark's commit probe
MATCH (p:BenchProbe) DELETE p

// name: bench-audit-bulk — $n audit entries after seq $after, straight into the trail for the curve's 10 M-entry measurement (one a second from $startMs, 100 users and one rare user, one in 1,000 about the person bench-sar); not hashed into the chain, so `npm run audit:verify` refuses this bench store
MERGE (s:AuditSubject {key: 'Person:bench-sar'})
WITH s
UNWIND range($after + 1, $after + $n) AS k
CREATE (e:AuditEvent {id: 'bench-audit-' + k, seq: k, at: substring(toString(datetime({epochMillis: $startMs + k * 1000})), 0, 19) + '.000Z',
  action: 'read', outcome: 'success', userId: CASE WHEN k % 1000000 = 7 THEN 'bench-rare' ELSE 'bench-u' + (k % 100) END, role: 'ADMIN',
  purpose: 'bench', operation: 'Bench', persons: ['bench-p-' + (k % 50000)], households: [], prevHash: '', hash: ''})
FOREACH (_ IN CASE WHEN k % 1000 = 0 THEN [1] ELSE [] END | CREATE (e)-[:CONCERNS]->(s))

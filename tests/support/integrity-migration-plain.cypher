// name: test-integrity-migration-plain — a migration of one statement, that leaves a trace each time it is applied
CREATE (:IntegrityProbe {id: 'integrity-migration-probe-plain'})

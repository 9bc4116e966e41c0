// name: test-tamper-audit — what an attacker with database access might do: change an entry in place
MATCH (e:AuditEvent {seq: $seq}) SET e.purpose = $purpose

// name: bench-audit-head-seq — the trail's last seq
OPTIONAL MATCH (h:AuditHead {id: 'head'})
RETURN coalesce(h.seq, 0) AS seq

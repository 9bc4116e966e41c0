// name: stored-hits-of — the stored hits of one kind (for some subjects, or all), with what a run compares
MATCH (h:StoredHit {kind: $kind})
WHERE $subjectIds IS NULL OR h.subjectId IN $subjectIds
RETURN h.key AS key, h.status AS status, h.fingerprint AS fingerprint, h.textPrint AS textPrint, h.score AS score

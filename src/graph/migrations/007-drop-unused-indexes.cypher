// name: migration-007-drop-unused-indexes — indexes no query uses (EXPLAIN of every query; read counts on the 100,000-household bench store: 0), each paid for by every import: the lists filter with "$x IS NULL OR n.p = $x", which no index serves. Kept: event_type_date (escalation detector), event_date and intervention_end (retention)
DROP INDEX intervention_start IF EXISTS;
DROP INDEX intervention_domain IF EXISTS;
DROP INDEX intervention_end_reason IF EXISTS;
DROP INDEX event_domain IF EXISTS;
DROP INDEX outcome_result IF EXISTS;
DROP INDEX household_neighbourhood IF EXISTS;

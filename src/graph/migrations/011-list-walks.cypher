// name: migration-011-list-walks — the help list walks its page up the start index (issue 26: a page no longer collects every match), so the index 007 dropped is back
CREATE INDEX intervention_start IF NOT EXISTS FOR (n:Intervention) ON (n.start);

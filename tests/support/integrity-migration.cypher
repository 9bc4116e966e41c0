// name: test-integrity-migration — a migration whose first statement holds a ';' in a string
CREATE (:IntegrityProbe {id: 'integrity-migration-probe;1'});
// a comment; with a semicolon
CREATE (:IntegrityProbe {id: 'integrity-migration-probe-2', note: "it's; here"});

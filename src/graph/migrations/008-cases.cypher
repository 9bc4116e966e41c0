// name: migration-008-cases — cases (one household under one regisseur), their history, conferences and plans; every node carries its householdId, so a household's case work is found (and removed by retention) by one index
CREATE CONSTRAINT case_id IF NOT EXISTS FOR (n:Case) REQUIRE n.id IS UNIQUE;
CREATE INDEX case_household IF NOT EXISTS FOR (n:Case) ON (n.householdId);
CREATE INDEX case_status IF NOT EXISTS FOR (n:Case) ON (n.status);
CREATE INDEX case_regisseur IF NOT EXISTS FOR (n:Case) ON (n.regisseurId);
CREATE CONSTRAINT case_conference_id IF NOT EXISTS FOR (n:CaseConference) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT plan_action_id IF NOT EXISTS FOR (n:PlanAction) REQUIRE n.id IS UNIQUE;
CREATE INDEX stored_hit_status IF NOT EXISTS FOR (n:StoredHit) ON (n.status);

// name: migration-014-help-reach — households carry their reach (REACHED_BY an agency, HELPED_IN a HelpDomain; src/graph/help-reach.ts), kept by every import and set again by every full run, so an agency worker's households and the households helped in a domain are counted from a degree; the reach of households stored before this is set right after the migrations (a HelpReachPending node asks for it until that is done)
CREATE CONSTRAINT help_domain_code IF NOT EXISTS FOR (n:HelpDomain) REQUIRE n.code IS UNIQUE;
MERGE (:HelpReachPending {id: 'all'});

// name: migration-009-messages — iJw/iWmo 3.2 messages (docs/messages.md): each one received once (by standard, sender and identification), allocations by municipality and number, agencies by the codes messages name them by
CREATE CONSTRAINT message_key IF NOT EXISTS FOR (n:Message) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT allocation_key IF NOT EXISTS FOR (n:Allocation) REQUIRE n.key IS UNIQUE;
CREATE INDEX allocation_not_started IF NOT EXISTS FOR (n:Allocation) ON (n.started, n.signalDate);
CREATE INDEX agency_agb IF NOT EXISTS FOR (n:Agency) ON (n.agbCode);
CREATE INDEX agency_cbs IF NOT EXISTS FOR (n:Agency) ON (n.cbsCode);
CREATE INDEX event_request IF NOT EXISTS FOR (n:Event) ON (n.requestKey);

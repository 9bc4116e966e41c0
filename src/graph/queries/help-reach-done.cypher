// name: help-reach-done — every household's reach is set: migration 014's request is removed
MATCH (p:HelpReachPending)
DELETE p

import { BELONGING_FIELDS } from "../belonging-fields";
import type { RegisterText } from "../types";

/** How this detector is described to the public (the Algorithm Register entry): Dutch, from the definition in patterns.md. */
export const register: RegisterText = {
  name: "Gemist signaal",
  rule: "Een organisatie meldt een zorg (een signaal) op een levensgebied, en binnen followUpDays dagen volgt geen hulp op dat gebied, geen verwijzing op dat gebied of naar een organisatie die op dat gebied werkt, en geen casusoverleg. Een signaal wordt pas beoordeeld wanneer die hele termijn voorbij is. Een huishouden wordt gemeld bij minstens minMissed gemiste signalen; de melding noemt ook de gebieden waarop het huishouden toen wel hulp kreeg.",
  score: "het aantal gemiste signalen",
  reads: [
    "events.type",
    "events.date",
    "events.domain",
    "events.agencyId",
    "events.personId",
    "events.householdId",
    "events.targetAgencyId",
    "interventions.domain",
    "interventions.personId",
    "interventions.householdId",
    "interventions.start",
    "interventions.end",
    "agencies.domains",
    "agencies.name",
    ...BELONGING_FIELDS,
  ],
  evidence: ["MISSED_SIGNAL", "HELPED_IN_DOMAIN"],
};

import { BELONGING_FIELDS } from "../belonging-fields";
import type { RegisterText } from "../types";

/** How this detector is described to the public (the Algorithm Register entry): Dutch, from the definition in patterns.md. */
export const register: RegisterText = {
  name: "Ongecoördineerde overlappende hulp",
  rule: "Twee interventies voor hetzelfde huishouden (of voor een lid, zolang die lid was), van twee verschillende organisaties, overlappen minstens minOverlapDays dagen, terwijl er vanaf conferenceLookbackDays dagen vóór de overlap tot het einde ervan geen casusoverleg met beide organisaties was, geen verwijzing tussen die twee en geen regisseur voor minstens de helft van de overlap. Een huishouden wordt gemeld bij minstens minPairs zulke paren organisaties.",
  score: "het aantal verschillende paren organisaties dat naast elkaar werkte zonder afstemming",
  reads: [
    "interventions.agencyId",
    "interventions.personId",
    "interventions.householdId",
    "interventions.start",
    "interventions.end",
    ...BELONGING_FIELDS,
    "events.type",
    "events.date",
    "events.agencyId",
    "events.householdId",
    "events.personId",
    "events.participantAgencyIds",
    "events.targetAgencyId",
    "coordinators.householdId",
    "coordinators.from",
    "coordinators.to",
    "agencies.name",
  ],
  evidence: ["AGENCY", "OVERLAPPING_INTERVENTION"],
};

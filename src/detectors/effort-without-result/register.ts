import { BELONGING_FIELDS } from "../belonging-fields";
import type { RegisterText } from "../types";

/** How this detector is described to the public (the Algorithm Register entry): Dutch, from the definition in patterns.md. */
export const register: RegisterText = {
  name: "Veel handen, geen resultaat",
  rule: "Een huishouden krijgt hulp van minstens minAgencies verschillende organisaties, over een periode van minstens minYears jaar, en geen enkele uitkomst van die hulp is 'bereikt'. De melding toont ook het verloop van de scores op de Zelfredzaamheidsmatrix waar die bestaan.",
  score: "het aantal verschillende organisaties",
  reads: [
    "interventions.agencyId",
    "interventions.personId",
    "interventions.householdId",
    "interventions.start",
    "interventions.end",
    "outcomes.interventionId",
    "outcomes.date",
    "outcomes.result",
    "outcomes.zrm",
    ...BELONGING_FIELDS,
    "agencies.name",
  ],
  evidence: ["AGENCY", "INTERVENTION", "OUTCOME", "ZRM_TREND"],
};

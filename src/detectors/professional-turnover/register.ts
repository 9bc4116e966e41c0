import { BELONGING_FIELDS } from "../belonging-fields";
import type { RegisterText } from "../types";

/** How this detector is described to the public (the Algorithm Register entry): Dutch, from the definition in patterns.md. */
export const register: RegisterText = {
  name: "Steeds nieuwe gezichten",
  rule: "In een periode van windowDays dagen beginnen voor een huishouden interventies bij minstens minProfessionals verschillende hulpverleners, of eindigen minstens minBroken interventies doordat de relatie werd verbroken.",
  score: "het grootste aantal verschillende hulpverleners in één periode",
  reads: [
    "interventions.professionalId",
    "interventions.personId",
    "interventions.householdId",
    "interventions.start",
    "interventions.end",
    "interventions.endReason",
    "interventions.endReasonCode",
    ...BELONGING_FIELDS,
  ],
  evidence: ["PROFESSIONAL", "STARTED_INTERVENTION", "RELATIONSHIP_BROKEN"],
};

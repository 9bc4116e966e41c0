import { BELONGING_FIELDS } from "../belonging-fields";
import type { RegisterText } from "../types";

/** How this detector is described to the public (the Algorithm Register entry): Dutch, from the definition in patterns.md. */
export const register: RegisterText = {
  name: "Meerdere wetten, geen regie",
  rule: "Op een dag loopt voor een huishouden hulp op minstens minDomains verschillende levensgebieden (bijvoorbeeld Wmo, jeugd en participatie) en heeft het huishouden op die dag geen regisseur.",
  score: "het grootste aantal gebieden tegelijk zonder regisseur",
  reads: [
    "interventions.domain",
    "interventions.personId",
    "interventions.householdId",
    "interventions.start",
    "interventions.end",
    "coordinators.householdId",
    "coordinators.from",
    "coordinators.to",
    ...BELONGING_FIELDS,
  ],
  evidence: ["DOMAIN", "RUNNING_INTERVENTION"],
};

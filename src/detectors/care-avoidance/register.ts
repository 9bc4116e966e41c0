import { BELONGING_FIELDS } from "../belonging-fields";
import type { RegisterText } from "../types";

/** How this detector is described to the public (the Algorithm Register entry): Dutch, from the definition in patterns.md. */
export const register: RegisterText = {
  name: "Zorgmijding",
  rule: "In een periode van windowDays dagen verzamelt een huishouden minstens minMarkers tekenen van zorgmijding (contact geweigerd, niet verschenen, hulp beëindigd omdat de cliënt zich terugtrok of onbereikbaar was) bij minstens minAgencies verschillende organisaties.",
  score: "het aantal tekenen van zorgmijding in de drukste periode",
  reads: [
    "events.type",
    "events.date",
    "events.agencyId",
    "events.personId",
    "events.householdId",
    "interventions.agencyId",
    "interventions.personId",
    "interventions.householdId",
    "interventions.end",
    "interventions.endReason",
    "interventions.endReasonCode",
    ...BELONGING_FIELDS,
    "agencies.name",
  ],
  evidence: ["CONTACT_REFUSED", "NO_SHOW", "CLIENT_WITHDREW", "NO_CONTACT"],
};

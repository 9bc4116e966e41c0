import { BELONGING_FIELDS } from "../belonging-fields";
import type { RegisterText } from "../types";

/** How this detector is described to the public (the Algorithm Register entry): Dutch, from the definition in patterns.md. */
export const register: RegisterText = {
  name: "Escalatie gevolgd door toegeven",
  rule: "Een persoon escaleert bij een organisatie (schreeuwen, dreigen, een agressieve klacht) en krijgt binnen windowDays dagen daarna bij dezelfde organisatie zijn zin (een besluit teruggedraaid, een uitzondering), of de organisatie legt zelf het verband tussen toegeven en escalatie. Een persoon wordt gemeld wanneer dit bij minstens minAgencies verschillende organisaties gebeurde: één of twee keer is onschuldig, bij veel organisaties is het een patroon.",
  score: "het aantal verschillende organisaties waar escalatie gevolgd werd door toegeven",
  reads: [
    "events.type",
    "events.date",
    "events.agencyId",
    "events.personId",
    "events.severity",
    "events.relatedEventId",
    ...BELONGING_FIELDS,
    "agencies.name",
  ],
  evidence: ["AGENCY", "ESCALATION", "CONCESSION", "HOUSEHOLD"],
};

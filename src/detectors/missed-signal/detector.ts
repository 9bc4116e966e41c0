import { cypher } from "../../graph/cypher";
import { byKeys } from "../order";
import { householdHit } from "../hit";
import { listOf } from "../explain";
import { register } from "./register";
import { PatternKind, type DetectorSpec, type EvidenceItem } from "../types";

interface Missed { signal: string; date: string; domain: string; agency: string; agencyName: string; personId: string | null; helpedIn: string[] }

export const missedSignal: DetectorSpec<"followUpDays" | "minMissed"> = {
  kind: PatternKind.MISSED_SIGNAL,
  register,
  subject: "Household",
  query: cypher("detectors/missed-signal/query.cypher"),
  params: {
    followUpDays: { default: 60, min: 1, max: 36500 },
    minMissed: { default: 1, min: 1, max: 1000 },
  },
  toHit(row, params) {
    const missed = [...(row.missed as Missed[])].sort(byKeys((m) => m.date, (m) => m.signal, (m) => m.personId));
    const evidence: EvidenceItem[] = [];
    missed.forEach((m, group) => {
      evidence.push({ role: "MISSED_SIGNAL", group, eventId: m.signal, date: m.date, domain: m.domain, agencyId: m.agency, personId: m.personId });
      for (const d of [...m.helpedIn].sort()) evidence.push({ role: "HELPED_IN_DOMAIN", group, domain: d, date: m.date });
    });
    const first = missed[0] as Missed;
    const lens = first.helpedIn.length ? listOf([...first.helpedIn].sort(), "and") : "";
    const lensNl = first.helpedIn.length ? listOf([...first.helpedIn].sort(), "en") : "";
    const others = missed.length - 1;
    return householdHit(PatternKind.MISSED_SIGNAL, row, missed.length, evidence, {
      EN: `${first.agencyName} signalled a ${first.domain} concern on ${first.date} and within ${params.followUpDays} days no ${first.domain} help, referral or case conference followed` +
        (lens ? `, while the household was getting help in ${lens}.` : ".") +
        (others ? ` ${others} more signal${others === 1 ? " was" : "s were"} missed.` : ""),
      NL: `${first.agencyName} signaleerde op ${first.date} een zorg op ${first.domain} en binnen ${params.followUpDays} dagen volgde geen hulp, verwijzing of casusoverleg op dat domein` +
        (lensNl ? `, terwijl het huishouden hulp kreeg op ${lensNl}.` : ".") +
        (others ? ` Nog ${others} ${others === 1 ? "signaal is" : "signalen zijn"} gemist.` : ""),
    });
  },
};

import { cypher } from "../../graph/cypher";
import { byKeys } from "../order";
import { listOf } from "../explain";
import { register } from "./register";
import { PatternKind, type DetectorSpec, type EvidenceItem } from "../types";

interface Pair { escalation: string; escalationDate: string; severity: number | null; concession: string; concessionDate: string }
interface AtAgency { agency: string; agencyName: string; pairs: Pair[] }

export const escalationConcession: DetectorSpec<"windowDays" | "minAgencies"> = {
  kind: PatternKind.ESCALATION_CONCESSION,
  register,
  subject: "Person",
  query: cypher("detectors/escalation-concession/query.cypher"),
  params: {
    windowDays: { default: 30, min: 0, max: 36500 },
    minAgencies: { default: 3, min: 1, max: 1000 },
  },
  toHit(row) {
    const agencies = [...(row.agencies as AtAgency[])].sort(byKeys((a) => a.agency));
    const evidence: EvidenceItem[] = [];
    agencies.forEach((at, group) => {
      evidence.push({ role: "AGENCY", group, agencyId: at.agency });
      for (const pair of [...at.pairs].sort(byKeys((p) => p.escalationDate, (p) => p.escalation, (p) => p.concession))) {
        evidence.push(
          { role: "ESCALATION", group, eventId: pair.escalation, agencyId: at.agency, date: pair.escalationDate, personId: row.subjectId as string },
          { role: "CONCESSION", group, eventId: pair.concession, agencyId: at.agency, date: pair.concessionDate, personId: row.subjectId as string },
        );
      }
    });
    for (const household of [...(row.households as string[])].sort()) evidence.push({ role: "HOUSEHOLD", group: agencies.length, householdId: household });
    const names = agencies.map((a) => a.agencyName);
    const shown = names.length > 4 ? [...names.slice(0, 3), `${names.length - 3} more`] : names;
    const shownNl = names.length > 4 ? [...names.slice(0, 3), `nog ${names.length - 3}`] : names;
    return {
      kind: PatternKind.ESCALATION_CONCESSION,
      subjectType: "Person",
      subjectId: row.subjectId as string,
      score: agencies.length,
      evidence,
      neighbourhoods: [...(row.neighbourhoods as string[])].sort(),
      explanation: {
        EN: `This person escalated and then got a concession at ${agencies.length} different agencies (${listOf(shown, "and")}): once is harmless, at this many agencies it is a pattern.`,
        NL: `Deze persoon escaleerde en kreeg daarna zijn zin bij ${agencies.length} verschillende instanties (${listOf(shownNl, "en")}): één keer is onschuldig, bij zoveel instanties is het een patroon.`,
      },
    };
  },
};

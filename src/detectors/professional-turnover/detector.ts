import { addDays } from "../../dates";
import { cypher } from "../../graph/cypher";
import { byKeys } from "../order";
import { householdHit } from "../hit";
import { register } from "./register";
import { PatternKind, type DetectorSpec, type EvidenceItem } from "../types";

interface Started { id: string; start: string; professional: string | null; brokenOn: string | null }

export const professionalTurnover: DetectorSpec<"windowDays" | "minProfessionals" | "minBroken"> = {
  kind: PatternKind.PROFESSIONAL_TURNOVER,
  register,
  subject: "Household",
  query: cypher("detectors/professional-turnover/query.cypher"),
  params: {
    windowDays: { default: 365, min: 1, max: 36500 },
    minProfessionals: { default: 5, min: 1, max: 1000 },
    minBroken: { default: 2, min: 1, max: 1000 },
  },
  toHit(row, params) {
    const started = [...(row.started as Started[])].sort(byKeys((s) => s.start, (s) => s.id, (s) => s.professional));
    const broken = [...(row.broken as Started[])].sort(byKeys((b) => b.brokenOn, (b) => b.id, (b) => b.professional));
    const professionals = [...(row.professionals as string[])].sort();
    const from = row.windowStart as string;
    const to = addDays(from, params.windowDays - 1);
    const evidence: EvidenceItem[] = [
      ...professionals.map((p): EvidenceItem => ({ role: "PROFESSIONAL", group: 0, professionalId: p, from, to })),
      ...started.map((s): EvidenceItem => ({ role: "STARTED_INTERVENTION", group: 0, interventionId: s.id, date: s.start, professionalId: s.professional })),
      ...broken.map((b): EvidenceItem => ({ role: "RELATIONSHIP_BROKEN", group: 0, interventionId: b.id, date: b.brokenOn, professionalId: b.professional })),
    ];
    const n = professionals.length;
    const enBroken = broken.length ? ` ${broken.length} relationship${broken.length === 1 ? " was" : "s were"} broken off.` : "";
    const nlBroken = broken.length ? ` ${broken.length} keer werd de relatie verbroken.` : "";
    return householdHit(PatternKind.PROFESSIONAL_TURNOVER, row, row.score as number, evidence, {
      EN: `Between ${from} and ${to} this household saw ${n} different professional${n === 1 ? "" : "s"} start ${started.length} new intervention${started.length === 1 ? "" : "s"}.${enBroken}`,
      NL: `Tussen ${from} en ${to} kreeg dit huishouden ${n} verschillende hulpverlener${n === 1 ? "" : "s"} bij ${started.length} nieuwe interventie${started.length === 1 ? "" : "s"}.${nlBroken}`,
    });
  },
};

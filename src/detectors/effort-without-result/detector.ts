import { cypher } from "../../graph/cypher";
import { byKeys } from "../order";
import { householdHit } from "../hit";
import { register } from "./register";
import { PatternKind, type DetectorSpec, type EvidenceItem } from "../types";

interface Iv { id: string; agency: string; agencyName: string; start: string; end: string; outcomes: Record<string, unknown>[] }

/** Outcomes oldest first, those of one day by their ids. */
const outcomeOrder = byKeys<Record<string, unknown>>((o) => String(o.date), (o) => String(o.id));

/** Per ZRM domain: the first and the last score measured, oldest outcome first. */
export function zrmTrend(ivs: Iv[]): { domain: string; first: number; last: number; from: string; to: string }[] {
  const outcomes = ivs.flatMap((i) => i.outcomes).sort(outcomeOrder);
  const trend = new Map<string, { domain: string; first: number; last: number; from: string; to: string }>();
  for (const o of outcomes) {
    for (const [key, value] of Object.entries(o)) {
      if (!key.startsWith("zrm_") || typeof value !== "number") continue;
      const domain = key.slice(4);
      const t = trend.get(domain);
      if (t) Object.assign(t, { last: value, to: String(o.date) });
      else trend.set(domain, { domain, first: value, last: value, from: String(o.date), to: String(o.date) });
    }
  }
  return [...trend.values()].sort((a, b) => (a.domain < b.domain ? -1 : 1));
}

export const effortWithoutResult: DetectorSpec<"minAgencies" | "minYears"> = {
  kind: PatternKind.EFFORT_WITHOUT_RESULT,
  register,
  subject: "Household",
  query: cypher("detectors/effort-without-result/query.cypher"),
  params: {
    minAgencies: { default: 5, min: 1, max: 1000 },
    minYears: { default: 2, min: 1, max: 100 },
  },
  toHit(row) {
    const ivs = [...(row.ivs as Iv[])].sort(byKeys((i) => i.start, (i) => i.id, (i) => i.end));
    const agencies = [...new Map(ivs.map((i) => [i.agency, i.agencyName])).entries()].sort();
    const evidence: EvidenceItem[] = [];
    agencies.forEach(([agency], group) => {
      evidence.push({ role: "AGENCY", group, agencyId: agency });
      for (const i of ivs.filter((x) => x.agency === agency)) {
        evidence.push({ role: "INTERVENTION", group, interventionId: i.id, agencyId: agency, from: i.start, to: i.end });
        for (const o of [...i.outcomes].sort(outcomeOrder)) evidence.push({ role: "OUTCOME", group, interventionId: i.id, date: String(o.date), result: String(o.result) });
      }
    });
    const trend = zrmTrend(ivs);
    for (const t of trend) evidence.push({ role: "ZRM_TREND", group: agencies.length, zrmDomain: t.domain, zrmFirst: t.first, zrmLast: t.last, from: t.from, to: t.to });
    const flat = trend.filter((t) => t.last <= t.first).map((t) => t.domain);
    const outcomes = ivs.reduce((n, i) => n + i.outcomes.length, 0);
    const from = row.firstStart as string;
    const to = row.lastEnd as string;
    return householdHit(PatternKind.EFFORT_WITHOUT_RESULT, row, row.score as number, evidence, {
      EN: `${agencies.length} agencies gave ${ivs.length} interventions from ${from} to ${to}, and none of their ${outcomes} recorded outcomes was achieved.` +
        (flat.length ? ` ZRM scores did not rise on ${flat.join(", ")}.` : ""),
      NL: `${agencies.length} instanties zetten van ${from} tot ${to} ${ivs.length} interventies in, en geen van de ${outcomes} vastgelegde resultaten is behaald.` +
        (flat.length ? ` De ZRM-scores stegen niet op ${flat.join(", ")}.` : ""),
    });
  },
};

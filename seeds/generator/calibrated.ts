import { addDays } from "../../src/dates";
import type { EventRecord, InterventionRecord } from "../../src/import/dataset";
import { AGENCIES, PROFESSIONALS_PER_AGENCY, agencyId, professionalId } from "./municipality";
import type { Random } from "./random";

/**
 * The calibrated population (docs/generator.md gives each rate with its source). Shares of
 * households, CBS StatLine 37975 and 71487ned (1 January 2023): one person 39.5 %, several without
 * children 28.5 %, single parent 7.4 %, two parents 24.6 %.
 */
export const COMPOSITION = [["single", 395], ["couple", 285], ["singleParent", 74], ["twoParents", 246]] as const;
export type Composition = (typeof COMPOSITION)[number][0];

/** A one- or two-person household of people 65 or older: about a quarter of all households (WoON 2018). */
export const OLDER_SHARE = 0.38;
/** Multi-problem families (NJi: about 1 % of households): among families with children. */
export const COMPLEX_AMONG_FAMILIES = 0.03;
/** Stacked provisions (VNG cumulatiemonitor: under 5 % of households, half the costs). */
export const MULTI_SHARE = 0.04;
/** A signal that someone acts on within the follow-up term (a referral in its domain): most do. */
export const FOLLOWED_UP = { calm: 0.85, multi: 0.6, complex: 0.45 } as const;

export interface Member { birthYear: number; role: "PARENT" | "PARTNER" | "CHILD"; leaves: boolean }

/** The people of a household, by the shares above; children born to their parents' ages, under 23 at the anchor. */
export function composition(r: Random, anchorYear: number): { kind: Composition; members: Member[] } {
  const kind = r.weighted(COMPOSITION);
  const older = (kind === "single" || kind === "couple") && r.chance(OLDER_SHARE);
  const adultYear = (): number => (older ? r.int(anchorYear - 95, anchorYear - 66) : kind === "single" ? r.int(anchorYear - 64, anchorYear - 19) : r.int(anchorYear - 62, anchorYear - 22));
  const adults = kind === "single" || kind === "singleParent" ? 1 : 2;
  const members: Member[] = [];
  for (let k = 0; k < adults; k++) {
    members.push({ birthYear: adultYear(), role: k === 0 ? "PARENT" : "PARTNER", leaves: k === 1 && r.chance(kind === "twoParents" ? 0.08 : 0.05) });
  }
  if (kind === "singleParent" || kind === "twoParents") {
    const children = r.weighted([[1, 40], [2, 42], [3, 14], [4, 4]] as const);
    const youngest = Math.max(anchorYear - 22, (members[0] as Member).birthYear + 20);
    for (let k = 0; k < children; k++) members.push({ birthYear: r.int(Math.min(youngest, anchorYear), anchorYear), role: "CHILD", leaves: false });
  }
  return { kind, members };
}

/** What a calm household needs over the years, by who lives in it: each a chance of one spell of help. */
export function needs(members: Member[], anchorYear: number): [domain: string, agencies: string[], chance: number][] {
  const ages = members.map((m) => anchorYear - m.birthYear);
  const minors = ages.some((a) => a < 18);
  const schoolAge = ages.some((a) => a >= 4 && a < 18);
  const older = ages.some((a) => a >= 65);
  return [
    ["JEUGD", ["cjg", "wijkteam-noord", "wijkteam-zuid"], minors ? 0.2 : 0], // CBS Jeugdmonitor: 1 in 7.5 minors a year
    ["WMO", ["wmo", "wijkteam-noord", "wijkteam-zuid"], older ? 0.3 : 0.03], // Wmo: about a quarter of people 75+
    ["SCHULDHULP", ["krediet"], 0.04], // problem debts 1 in 12 households; about half of them seek help
    ["PARTICIPATIE", ["wi"], older ? 0 : 0.05],
    ["GGZ", ["ggz"], 0.05],
    ["ONDERWIJS", ["school", "leerplicht"], schoolAge ? 0.05 : 0],
    ["WONEN", ["woco"], 0.03],
  ];
}

export const agencyDomains = (key: string): string[] => AGENCIES.find(([k]) => k === key)?.[3] ?? [];

/** One spell of help at an agency, in a domain; ended mostly by completion. */
export function spell(r: Random, prefix: string, h: string, k: number, key: string, domain: string, start: string, anchor: string, subject: { personId?: string; householdId?: string }): InterventionRecord {
  const end = r.chance(0.12) ? null : addDays(start, r.int(30, 500));
  return {
    id: `${h}-i${k}`, agencyId: agencyId(prefix, key), professionalId: professionalId(prefix, key, r.int(0, PROFESSIONALS_PER_AGENCY - 1)),
    ...subject, domain, kind: "hulp", start, end: end && end > anchor ? null : end,
    ...(end && end <= anchor ? { endReason: r.weighted([["COMPLETED", 70], ["REFERRED", 12], ["MOVED", 6], ["CLIENT_WITHDREW", 6], ["OTHER", 6]] as const) } : {}),
  } as InterventionRecord;
}

/**
 * Most signals are acted on: a referral in the signal's domain, by the agency that signalled,
 * within the follow-up term of MISSED_SIGNAL (patterns.md: 60 days).
 */
export function followUp(r: Random, prefix: string, signal: EventRecord, chance: number, anchor: string): EventRecord | null {
  if (!signal.domain || !r.chance(chance)) return null;
  const target = AGENCIES.find(([, , , domains]) => domains.includes(signal.domain as string));
  const date = addDays(signal.date, r.int(1, 45));
  if (!target || date > anchor) return null;
  const { id, agencyId: by, personId, householdId } = signal;
  return { id: `${id}f`, type: "REFERRAL", date, agencyId: by, ...(personId ? { personId } : { householdId }), targetAgencyId: agencyId(prefix, target[0]), domain: signal.domain } as EventRecord;
}

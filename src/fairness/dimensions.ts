/**
 * The groups a fairness report compares, derived from what the store holds about a household on
 * the report's date: where it lives, who lives in it (memberships and birth years) and how many
 * agencies have seen it. None is a protected attribute; each can stand in for one (age, family
 * situation, a poorer neighbourhood), which is why the rules are measured along them.
 */
export const DIMENSIONS = ["NEIGHBOURHOOD", "HOUSEHOLD_TYPE", "AGE_YOUNGEST", "AGE_ELDEST", "AGENCIES_INVOLVED"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface Member { birthYear: number | null; role: string }

/** One household as the report sees it (from fairness/queries/households.cypher). */
export interface HouseholdProfile {
  id: string;
  neighbourhood: string | null;
  /** Members on the report's date: birth year (null: not known) and role in the household. */
  members: Member[];
  /** Distinct agencies with help for it or an event about it, up to the report's date. */
  agencies: number;
  /** What the rules read, counted: the inputs of the proxy check. */
  features: Record<Feature, number>;
}

export const FEATURES = ["agencies", "interventions", "domains", "professionals", "outcomes", "signals", "escalations", "refusals", "coordinated"] as const;
export type Feature = (typeof FEATURES)[number];

export const HOUSEHOLD_TYPES = ["SINGLE_ADULT", "COUPLE", "SINGLE_PARENT", "TWO_PARENTS", "WITH_65_PLUS", "OTHER", "UNKNOWN"] as const;

/** Age bands: the youth-care ages (0–3, 4–11, 12–17, 18–22), adults, and the ages of Wmo care. */
const AGE_BANDS: readonly [number, string][] = [[4, "0-3"], [12, "4-11"], [18, "12-17"], [23, "18-22"], [45, "23-44"], [65, "45-64"], [75, "65-74"]];
export const ageBand = (age: number): string => AGE_BANDS.find(([below]) => age < below)?.[1] ?? "75+";

/** How much a household is seen: the number of agencies involved, in bands. */
export const agenciesBand = (n: number): string => (n <= 2 ? String(n) : n <= 4 ? "3-4" : "5+");

/**
 * The household's type on the day: someone 65 or older first (the ages of Wmo care); then by the
 * number of adults and children, a child being a member in the role CHILD (of any age, as CBS
 * counts children living at home) or under 18. UNKNOWN: no member that day, or a birth year missing.
 */
export function householdType(members: Member[], year: number): string {
  if (!members.length || members.some((m) => m.birthYear === null)) return "UNKNOWN";
  const ages = members.map((m) => year - (m.birthYear as number));
  if (ages.some((a) => a >= 65)) return "WITH_65_PLUS";
  const children = members.filter((m, i) => m.role === "CHILD" || (ages[i] as number) < 18).length;
  const adults = members.length - children;
  if (adults === 1) return children ? "SINGLE_PARENT" : "SINGLE_ADULT";
  if (adults === 2) return children ? "TWO_PARENTS" : "COUPLE";
  return "OTHER";
}

/** The household's group along each dimension; null: the data does not say (no birth year, no neighbourhood). */
export function groupsOf(p: HouseholdProfile, year: number): Record<Dimension, string | null> {
  const ages = p.members.flatMap((m) => (m.birthYear === null ? [] : [year - m.birthYear]));
  return {
    NEIGHBOURHOOD: p.neighbourhood,
    HOUSEHOLD_TYPE: householdType(p.members, year),
    AGE_YOUNGEST: ages.length ? ageBand(Math.min(...ages)) : null,
    AGE_ELDEST: ages.length ? ageBand(Math.max(...ages)) : null,
    AGENCIES_INVOLVED: agenciesBand(p.agencies),
  };
}

/** Which delivery fields a rule must read for a feature to be one of its inputs (see each detector's register.reads). */
export const FEATURE_FIELDS: Record<Feature, string[]> = {
  agencies: ["interventions.agencyId", "events.agencyId"],
  interventions: ["interventions.start"],
  domains: ["interventions.domain"],
  professionals: ["interventions.professionalId"],
  outcomes: ["outcomes.result", "outcomes.zrm"],
  signals: ["events.type"],
  escalations: ["events.type"],
  refusals: ["events.type"],
  coordinated: ["coordinators.from"],
};

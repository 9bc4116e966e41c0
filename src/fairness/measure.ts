import { DIMENSIONS, FEATURES, FEATURE_FIELDS, groupsOf, type Dimension, type Feature, type HouseholdProfile } from "./dimensions";
import type { Justification } from "./justifications";
import { twoProportionP, holmRejects } from "./statistics";

/** The rule of the report: the four-fifths band, the smallest group shown, and when a difference is more than chance. */
export interface FairnessSettings {
  /** A group's rate over the rate of all households below this is flagged (the four-fifths rule: 0.8). */
  minRatio: number;
  /** ... and above this (1 / 0.8 = 1.25). */
  maxRatio: number;
  /** Groups with fewer households are pooled, never shown (never a way to single a family out). */
  minGroup: number;
  /** A difference outside the band is flagged when chance explains it less often than this (Holm, per rule); 1: the band alone. */
  maxP: number;
}

export const POOLED = "SMALL_GROUPS";

export interface FairnessGroup {
  dimension: Dimension;
  group: string;
  households: number;
  selected: number;
  rate: number;
  /** The group's rate over the rate of all households (1 when the rule selects no one). */
  ratio: number;
  /**
   * The same, once how much a household is seen is accounted for: the group's selected households
   * over what it would have if each were selected as often as all households seen by as many
   * agencies (1 for AGENCIES_INVOLVED itself). Near 1 while `ratio` is not: the difference comes
   * from how many agencies see the group, not from the group.
   */
  ratioAsSeen: number;
  outsideBand: boolean;
  /** Two-sided, group against all other households. */
  pValue: number;
  flagged: boolean;
  justified: boolean;
  /** Judged hits of households in the group, and the share of them dismissed as not a concern; null without judged hits. */
  judged: number;
  dismissedShare: number | null;
  /** Groups under the minimum, pooled. */
  pooled: boolean;
}

export interface ProxyCheck {
  dimension: Dimension;
  /** The counts the rule reads that the guess used. */
  inputs: Feature[];
  /** Share of households (the held-out half) whose group is guessed right from those inputs. */
  accuracy: number;
  /** ... by always guessing the largest group. */
  baseline: number;
  /** How much of what the baseline gets wrong the inputs get right: 0 none, 1 all. */
  lift: number;
  verdict: "NONE" | "WEAK" | "MODERATE" | "STRONG";
  /** The other way round: how strongly the group and the rule's outcome go together (Cramér's V: 0 not at all, 1 the group decides it). */
  association: number;
}

export interface DetectorFairness {
  kind: string;
  households: number;
  selected: number;
  rate: number;
  judged: number;
  dismissedShare: number | null;
  groups: FairnessGroup[];
  proxies: ProxyCheck[];
}

export interface FairnessInput {
  profiles: HouseholdProfile[];
  /** The year of the report's date: ages are counted in it. */
  year: number;
  /** Per rule: the households it selected on the day. */
  selected: Map<string, Set<string>>;
  /** Stored hits a person judged: the households each concerns, and whether it was dismissed as not a concern. */
  judged: { id: string; kind: string; householdIds: string[]; notAConcern: boolean }[];
  /** Per rule: the delivery fields it reads. */
  reads: Map<string, string[]>;
  justifications: Map<string, Justification>;
  settings: FairnessSettings;
}

/** Selection rates per group along every dimension, for every rule: counts only. */
export function measureFairness(input: FairnessInput): DetectorFairness[] {
  const { profiles, year, settings } = input;
  const groups = profiles.map((p) => groupsOf(p, year));
  return [...input.selected.entries()].map(([kind, chosen]) => {
    const judged = input.judged.filter((j) => j.kind === kind);
    const judgedBy = new Map<string, { id: string; notAConcern: boolean }[]>();
    for (const j of judged) for (const h of j.householdIds) judgedBy.set(h, [...(judgedBy.get(h) ?? []), j]);
    const selected = profiles.filter((p) => chosen.has(p.id)).length;
    const rate = profiles.length ? selected / profiles.length : 0;
    const rows: FairnessGroup[] = [];
    const association = new Map<Dimension, number>();
    // how much each household is seen, and the rule's rate among households seen as much: what a group's rate is expected to be for that alone
    const seen = new Map<string, { households: number; selected: number }>();
    profiles.forEach((p, i) => {
      const s = seen.get(groups[i]?.AGENCIES_INVOLVED ?? "") ?? { households: 0, selected: 0 };
      s.households += 1;
      if (chosen.has(p.id)) s.selected += 1;
      seen.set(groups[i]?.AGENCIES_INVOLVED ?? "", s);
    });
    const expectedFor = (i: number): number => {
      const s = seen.get(groups[i]?.AGENCIES_INVOLVED ?? "");
      return s && s.households ? s.selected / s.households : 0;
    };
    for (const dimension of DIMENSIONS) {
      const tally = new Map<string, Tally>();
      profiles.forEach((p, i) => {
        const group = groups[i]?.[dimension] ?? "UNKNOWN";
        const t = tally.get(group) ?? { households: 0, selected: 0, expected: 0, hits: new Map() };
        t.households += 1;
        t.expected += expectedFor(i);
        if (chosen.has(p.id)) t.selected += 1;
        for (const j of judgedBy.get(p.id) ?? []) t.hits.set(j.id, j.notAConcern); // a hit on two households of a group counts once
        tally.set(group, t);
      });
      const shown = pooled(tally, settings.minGroup);
      association.set(dimension, cramersV(shown.map(([, t]) => [t.households - t.selected, t.selected])));
      for (const [group, t] of shown) {
        const judgedHits = t.hits.size;
        const notAConcern = [...t.hits.values()].filter(Boolean).length;
        const groupRate = t.selected / t.households;
        const ratio = rate > 0 ? groupRate / rate : 1;
        rows.push({
          dimension, group, households: t.households, selected: t.selected, rate: groupRate, ratio,
          ratioAsSeen: dimension === "AGENCIES_INVOLVED" || t.expected === 0 ? 1 : t.selected / t.expected,
          outsideBand: rate > 0 && (ratio < settings.minRatio || ratio > settings.maxRatio),
          pValue: twoProportionP(t.selected, t.households, selected - t.selected, profiles.length - t.households),
          flagged: false, justified: false, judged: judgedHits, dismissedShare: judgedHits ? notAConcern / judgedHits : null, pooled: group === POOLED,
        });
      }
    }
    const significant = settings.maxP >= 1 ? rows.map(() => true) : holmRejects(rows.map((r) => r.pValue), settings.maxP);
    const justification = input.justifications.get(kind);
    rows.forEach((r, i) => {
      r.flagged = r.outsideBand && (significant[i] ?? false);
      r.justified = r.flagged && (justification?.covers(r.dimension, r.group) ?? false);
    });
    const totalJudged = judged.length;
    return {
      kind, households: profiles.length, selected, rate, judged: totalJudged,
      dismissedShare: totalJudged ? judged.filter((j) => j.notAConcern).length / totalJudged : null,
      groups: rows, proxies: proxyChecks(profiles, groups, inputsOf(input.reads.get(kind) ?? []), association),
    };
  });
}

interface Tally {
  households: number; selected: number;
  /** Households the rule would select in the group if it selected each as often as others seen by as many agencies. */
  expected: number;
  /** judged hit id → dismissed as not a concern */
  hits: Map<string, boolean>;
}

/** Groups under the minimum go into one pool; the pool grows by the smallest shown groups until it too has the minimum. */
function pooled(tally: Map<string, Tally>, minGroup: number): [string, Tally][] {
  const shown = [...tally.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const small = shown.filter(([, t]) => t.households < minGroup);
  if (!small.length) return shown;
  let rest = shown.filter(([, t]) => t.households >= minGroup).sort(([, a], [, b]) => a.households - b.households);
  const pool = small.map(([, t]) => t);
  const sum = (): number => pool.reduce((n, t) => n + t.households, 0);
  while (sum() < minGroup && rest.length) {
    pool.push(rest[0]![1]);
    rest = rest.slice(1);
  }
  if (sum() < minGroup) return []; // fewer households than the minimum in the whole dimension: nothing is shown
  const merged = pool.reduce((m, t) => ({ households: m.households + t.households, selected: m.selected + t.selected, expected: m.expected + t.expected, hits: new Map([...m.hits, ...t.hits]) }),
    { households: 0, selected: 0, expected: 0, hits: new Map<string, boolean>() });
  const keep = new Set(rest.map(([g]) => g));
  return [...shown.filter(([g]) => keep.has(g)), [POOLED, merged]];
}

/** The counts a rule reads: a feature is an input when the rule reads one of its fields. */
export function inputsOf(reads: string[]): Feature[] {
  return FEATURES.filter((f) => FEATURE_FIELDS[f].some((field) => reads.includes(field)));
}

const CAP: Record<Feature, number> = { agencies: 5, interventions: 5, domains: 4, professionals: 5, outcomes: 3, signals: 3, escalations: 3, refusals: 3, coordinated: 1 };
const MIN_CELL = 5;

/**
 * How well a household's group can be guessed from the counts the rule reads: the guess for a
 * combination of counts is the most common group among households of one half with it (the
 * largest group overall where fewer than five have it), scored on the other half.
 */
function proxyChecks(profiles: HouseholdProfile[], groups: Record<Dimension, string | null>[], inputs: Feature[], association: Map<Dimension, number>): ProxyCheck[] {
  const order = profiles.map((p, i) => ({ id: p.id, i })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const cell = (p: HouseholdProfile): string => inputs.map((f) => Math.min(p.features[f], CAP[f])).join(",");
  return DIMENSIONS.map((dimension) => {
    const train = new Map<string, Map<string, number>>();
    const overall = new Map<string, number>();
    const test: { cell: string; group: string }[] = [];
    order.forEach(({ i }, k) => {
      const p = profiles[i] as HouseholdProfile;
      const group = groups[i]?.[dimension] ?? "UNKNOWN";
      if (k % 2 === 0) {
        const c = train.get(cell(p)) ?? new Map<string, number>();
        c.set(group, (c.get(group) ?? 0) + 1);
        train.set(cell(p), c);
        overall.set(group, (overall.get(group) ?? 0) + 1);
      } else test.push({ cell: cell(p), group });
    });
    const top = (counts: Map<string, number>): string =>
      [...counts.entries()].sort(([ga, a], [gb, b]) => b - a || (ga < gb ? -1 : 1))[0]?.[0] ?? "";
    const largest = top(overall);
    const guess = new Map([...train.entries()].map(([c, counts]) => [c, [...counts.values()].reduce((n, x) => n + x, 0) >= MIN_CELL ? top(counts) : largest]));
    const accuracy = test.length ? test.filter((t) => (guess.get(t.cell) ?? largest) === t.group).length / test.length : 0;
    const baseline = test.length ? test.filter((t) => t.group === largest).length / test.length : 0;
    const lift = baseline < 1 ? Math.max(0, (accuracy - baseline) / (1 - baseline)) : 0;
    return { dimension, inputs, accuracy, baseline, lift, verdict: lift < 0.05 ? "NONE" : lift < 0.2 ? "WEAK" : lift < 0.5 ? "MODERATE" : "STRONG", association: association.get(dimension) ?? 0 };
  });
}

/** Cramér's V of the shown (pooled) groups × {not selected, selected}: with two outcomes, the table's phi, 0–1. */
function cramersV(table: [notSelected: number, selected: number][]): number {
  const n = table.reduce((m, [no, yes]) => m + no + yes, 0);
  const selected = table.reduce((m, [, yes]) => m + yes, 0);
  if (!n || selected === 0 || selected === n || table.length < 2) return 0;
  let chi = 0;
  for (const [no, yes] of table) {
    const expectYes = ((no + yes) * selected) / n;
    const expectNo = no + yes - expectYes;
    chi += (yes - expectYes) ** 2 / expectYes + (no - expectNo) ** 2 / expectNo;
  }
  return Math.sqrt(chi / n); // min(rows − 1, columns − 1) is 1 with two outcomes
}

import { Role } from "../access/viewer";
import type { Context } from "../context";
import { ForbiddenError } from "../errors";
import { addDays, daysBetween } from "../dates";
import { cypher } from "../graph/cypher";
import { neoDate } from "../graph/convert";
import { ZrmDomain } from "../model/enums";
import type { CaseRecord } from "./records";

const EFFECT = cypher("cases/queries/case-effect.cypher");
const STATISTICS = cypher("cases/queries/case-statistics.cypher");
const NEIGHBOURHOODS = cypher("cases/queries/neighbourhoods.cypher");
/** Groups of fewer cases than this show no figures (docs/cases.md): a small count can point at a family. */
export const MIN_CASES = 5;
const MAX_WINDOW_DAYS = 365;


/**
 * Before and after a case's first conference, over windows of the same length: from the conference
 * to today (at most a year), and as long before it. Null before a conference was held.
 */
export async function caseEffect(ctx: Context, c: CaseRecord) {
  const conference = c.conferences[0]?.date;
  if (!conference) return null;
  const length = Math.min(MAX_WINDOW_DAYS, Math.max(1, daysBetween(conference, ctx.today) + 1));
  const windows = [
    { name: "before", from: addDays(conference, -length), to: conference },
    { name: "after", from: conference, to: addDays(conference, length) },
  ];
  const rows = await ctx.graph.read(EFFECT, {
    householdId: c.householdId, zrmDomains: Object.values(ZrmDomain), timeZone: ctx.timeZone,
    windows: windows.map((w) => ({ name: w.name, from: neoDate(w.from), to: neoDate(w.to) })),
  });
  const of = (name: string) => {
    const r = rows.find((row) => row.window === name) as Record<string, unknown>;
    const w = windows.find((x) => x.name === name) as { from: string; to: string };
    return {
      from: w.from, to: w.to, hitsOpened: r.opened as number, hitsClosed: r.closed as number, newOverlaps: r.overlaps as number,
      escalations: r.escalations as number, concessions: r.concessions as number,
      zrm: (r.zrm as { domain: string; mean: number; count: number }[]).map((z) => ({ domain: z.domain, mean: Math.round(z.mean * 100) / 100, scores: z.count })),
    };
  };
  return { conference, before: of("before"), after: of("after") };
}

interface CaseFigures { neighbourhood: string | null; status: string; firstSignal: string; openedOn: string; conference: string | null; planOn: string | null; hitsAfterPlan: number }

/** The median, or null below MIN_CASES values: the median of one family is that family's number. */
const median = (xs: number[]) => {
  if (xs.length < MIN_CASES) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

function figures(group: string | null, cases: CaseFigures[]) {
  if (cases.length < MIN_CASES) {
    return { neighbourhood: group, suppressed: true, cases: null, open: null, closed: null, daysToConference: null, daysToPlan: null, withPlan: null, stoppedAfterPlan: null };
  }
  const planned = cases.filter((c) => c.planOn);
  const stopped = planned.filter((c) => c.hitsAfterPlan === 0).length;
  return {
    neighbourhood: group, suppressed: false, cases: cases.length,
    open: cases.filter((c) => c.status !== "CLOSED").length, closed: cases.filter((c) => c.status === "CLOSED").length,
    daysToConference: median(cases.filter((c) => c.conference).map((c) => daysBetween(c.firstSignal, c.conference as string))),
    daysToPlan: median(planned.filter((c) => c.conference).map((c) => daysBetween(c.conference as string, c.planOn as string))),
    withPlan: planned.length,
    // shares only over enough cases: below the threshold a share points at the families too
    stoppedAfterPlan: planned.length >= MIN_CASES ? Math.round((stopped / planned.length) * 1000) / 1000 : null,
  };
}

/** For the municipality (ADMIN, ANALYST): the cases in figures, overall and per neighbourhood, small groups suppressed. */
export async function caseStatistics(ctx: Context, neighbourhood: string | null | undefined) {
  if (![Role.ADMIN, Role.ANALYST].includes(ctx.viewer.role)) {
    throw new ForbiddenError(`Case figures are for ADMIN or ANALYST; your role is ${ctx.viewer.role}.`);
  }
  const wanted = neighbourhood?.trim().toLowerCase() || null;
  const [rows, names] = await Promise.all([
    ctx.graph.read(STATISTICS, { neighbourhood: wanted, today: neoDate(ctx.today) }) as unknown as Promise<CaseFigures[]>,
    ctx.graph.read(NEIGHBOURHOODS),
  ]);
  // every neighbourhood is listed, those without cases too: a suppressed group then means 0 to 4, not 1 to 4
  const groups = new Map<string, CaseFigures[]>(
    names.map((r) => r.name as string).filter((n) => !wanted || n.toLowerCase() === wanted).map((n) => [n, []]),
  );
  for (const r of rows) groups.set(r.neighbourhood ?? "", [...(groups.get(r.neighbourhood ?? "") ?? []), r]);
  const perGroup = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([n, cases]) => figures(n || null, cases));
  // the total less the groups shown would give the hidden groups' sum: hide the total too when that sum is small
  const hidden = [...groups.values()].filter((cases) => cases.length < MIN_CASES).reduce((sum, cases) => sum + cases.length, 0);
  const overall = hidden > 0 && hidden < MIN_CASES ? figures(null, []) : figures(null, rows);
  return { minCases: MIN_CASES, asOf: ctx.today, overall, neighbourhoods: perGroup };
}

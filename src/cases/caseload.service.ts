import { Role } from "../access/viewer";
import type { Context } from "../context";
import { ForbiddenError } from "../errors";
import { addDays } from "../dates";
import { cypher } from "../graph/cypher";
import { neoDate } from "../graph/convert";
import type { Page } from "../model/connection";
import { compareParts, pageAsked, pickPage, toPage, type CursorShape, type PageArgs, type PageAsked } from "../read/paging";
import { OPEN_HIT } from "./case-rules";
import { priority, type Priority } from "./priority";
import { factsRow, type CaseloadFacts } from "./records";

const CANDIDATES = cypher("cases/queries/caseload-candidates.cypher");
const FACTS = cypher("cases/queries/caseload-facts.cypher");
const LED_BY = cypher("cases/queries/cases-led-by.cypher");
const SHAPE: CursorShape = { list: "caseload", key: ["number", "string"] };
const SAFETY_DAYS = 365;

export interface CaseloadRow { householdId: string; priority: Priority; facts: CaseloadFacts; newSince: boolean; newHitIds: string[] }

/** The households a caseload starts from: "mine" (those I coordinate, and the cases I lead), or every household that needs attention. */
async function candidates(ctx: Context, mine: boolean): Promise<string[]> {
  if (mine) {
    const [coordinated, [led]] = await Promise.all([
      ctx.access.coordinatedHouseholds(), ctx.graph.read(LED_BY, { userId: ctx.viewer.userId }),
    ]);
    return [...new Set([...coordinated, ...((led?.households as string[]) ?? [])])];
  }
  const [row] = await ctx.graph.read(CANDIDATES, { open: OPEN_HIT, today: neoDate(ctx.today) });
  return (row?.ids as string[]) ?? [];
}

const later = (a: string | null, b: string | null) => (a && (!b || a > b) ? a : b);

/**
 * Households, not hits: one row per household with everything open about it, ranked by a priority
 * that means the same whatever the patterns are (docs/caseload.md), ties by the id the viewer is
 * shown. A keyset cursor (priority, shown id) keeps rows already read in place while loading more.
 */
export async function caseload(
  ctx: Context, args: PageArgs & { mine?: boolean | null; neighbourhood?: string | null; since?: string | null },
): Promise<Page<CaseloadRow>> {
  if (![Role.ADMIN, Role.COORDINATOR].includes(ctx.viewer.role)) {
    throw new ForbiddenError(`The caseload is for ADMIN or COORDINATOR; your role is ${ctx.viewer.role}. Agency workers find their agency's households with households(agencyId:); analysts read caseStatistics.`);
  }
  const asked = pageAsked(args, ctx.cursors, SHAPE);
  const mine = args.mine ?? ctx.viewer.role === Role.COORDINATOR;
  const ids = await candidates(ctx, mine);
  const since = args.since ? Date.parse(args.since) : null;
  const rows = (await ctx.graph.read(FACTS, {
    ids, open: OPEN_HIT, today: neoDate(ctx.today), neighbourhood: args.neighbourhood?.trim().toLowerCase() || null,
    safetySince: neoDate(addDays(ctx.today, -SAFETY_DAYS)),
  })).map((r) => factsRow.parse(r));
  const ranked = rows.map((facts) => {
    const seen = facts.hits.map((h) => h.firstSeen).sort();
    const p = priority({
      kinds: facts.hits.map((h) => h.kind), safetySignals: facts.safetySignals, coordinated: facts.coordinated,
      oldestHit: seen[0] ?? null, newestHit: seen.at(-1) ?? null, overdue: facts.overdue, today: ctx.today,
    });
    const newHitIds = since === null ? [] : facts.hits.filter((h) => h.newAt && Date.parse(h.newAt) > since).map((h) => h.id);
    const touched = later(facts.caseTouchedAt, null);
    const newSince = newHitIds.length > 0 || (since !== null && touched !== null && Date.parse(touched) > since);
    return { householdId: facts.id, priority: p, facts, newSince, newHitIds, key: ctx.access.orderKey("Household", facts.id) };
  });
  ranked.sort((a, b) => b.priority.value - a.priority.value || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // the list's order: priority highest first, then the shown id
  const { rows: picked, gone } = await pickStored(ctx, ranked, asked);
  // a row's priority and its words are data about the household, whatever else is asked of it: the audit entry names it
  for (const row of picked.slice(0, asked.limit)) ctx.access.touchedHouseholds.add(row.householdId);
  return toPage(picked, asked, ranked.length - gone, (r) => [r.priority.value, r.key], ctx.cursors, SHAPE);
}

type Ranked = CaseloadRow & { key: string };

/**
 * The page's rows (and the one past it, which says whether there is more) of households still
 * stored: one removed between the facts' read and the page (retention, a test's clean-up) has no
 * household to show, and is passed over rather than answered as an error; the page is then picked
 * again without it, so it stays full and says rightly whether there is more. Asked raw, so asking
 * touches no one in the audit entry; one read, and one more only when a household went meanwhile.
 */
async function pickStored(ctx: Context, ranked: Ranked[], asked: PageAsked): Promise<{ rows: Ranked[]; gone: number }> {
  const gone = new Set<string>();
  for (;;) {
    const rows = pickPage(gone.size ? ranked.filter((r) => !gone.has(r.householdId)) : ranked, asked,
      (r, [value, key]) => (value as number) - r.priority.value || compareParts(r.key, key as string));
    const stored = await Promise.all(rows.map((r) => ctx.loaders.subjectStored("Household", r.householdId)));
    const missing = rows.filter((_, i) => !stored[i]);
    if (!missing.length) return { rows, gone: gone.size };
    for (const r of missing) gone.add(r.householdId);
  }
}

import { Role } from "../access/viewer";
import type { Context } from "../context";
import { ForbiddenError } from "../errors";
import { cypher } from "../graph/cypher";
import { View } from "../access/policy";
import { compareParts, MAX_PAGE, pageAsked, pickPage, shownOnly, toPage, type CursorShape, type PageArgs } from "../read/paging";
import { caseStore } from "./case-store";
import { atTable, seeCase, type SeenCase } from "./case-view";

const PAGE = cypher("cases/queries/cases-page.cypher");
const SHAPE: CursorShape = { list: "cases", key: ["string", "string"] };

/** A date-time's text that sorts as the moment does: Neo4j drops a fraction's trailing zeros ("…01.12Z" is after "…01.123Z" as text). */
const instant = (at: string): string => at.replace(/(?:\.(\d{1,9}))?Z$/, (_, f: string | undefined) => `.${(f ?? "").padEnd(9, "0")}Z`);

/** A page of cases, newest first: mine (my households, cases I lead, am invited to or took part in) or all. */
export async function listCases(
  ctx: Context, args: PageArgs & { mine?: boolean | null; status?: string[] | null; neighbourhood?: string | null },
) {
  if (![Role.ADMIN, Role.COORDINATOR, Role.AGENCY_WORKER].includes(ctx.viewer.role)) {
    throw new ForbiddenError(`Cases are for ADMIN, COORDINATOR and AGENCY_WORKER; your role is ${ctx.viewer.role}. Analysts read caseStatistics.`);
  }
  const asked = pageAsked(args, ctx.cursors, SHAPE);
  const [cursorAt, cursorId] = (asked.cursor ?? [null, null]) as [string | null, string | null];
  const mine = ctx.viewer.role === Role.AGENCY_WORKER ? true : args.mine ?? ctx.viewer.role !== Role.ADMIN;
  const scope = mine && ctx.viewer.role === Role.COORDINATOR ? [...(await ctx.access.coordinatedHouseholds())] : mine ? [] : null;
  // an agency worker's cases (invited to, or at the table of) are few, and some it is no longer shown (closed, consent ended):
  // they are all read and filtered, so the count is of what it is shown, not of what exists
  const worker = ctx.viewer.role === Role.AGENCY_WORKER;
  const [row] = await ctx.graph.read(PAGE, {
    statuses: args.status?.length ? args.status : null, scope,
    userId: ctx.viewer.userId, neighbourhood: args.neighbourhood?.trim().toLowerCase() || null,
    cursorAt: worker ? null : cursorAt, cursorId: worker ? null : cursorId, backward: !worker && asked.backward, limit: worker ? MAX_PAGE : asked.limit + 1,
  });
  const rows = (row?.rows as Row[]) ?? [];
  const key = (r: Row) => [r.openedAt, r.id];
  if (!worker) {
    const page = shownOnly(rows, asked); // the row beyond the page is not seen: seeing a case loads its household, recorded as shown
    return toPage(await seen(ctx, page.rows), asked, (row?.total as number) ?? 0, (c) => [c.cursorAt, c.id], ctx.cursors, SHAPE, page.more, page.far && key(page.far));
  }
  // which of them it is shown, without loading a household (the view only): counted, then the page cut and only its cases seen
  const records = await Promise.all(rows.map((r) => caseStore(ctx).byId.load(r.id)));
  const views = await Promise.all(records.map((c) => (c && atTable(ctx, c) ? ctx.access.subjectView("Household", c.householdId) : View.NONE)));
  const open = rows.filter((_, i) => views[i] !== View.NONE);
  // newest first, then the id descending
  const page = shownOnly(pickPage(open, asked, (r, [at, id]) => compareParts(instant(at as string), instant(r.openedAt)) || compareParts(id as string, r.id)), asked);
  return toPage(await seen(ctx, page.rows), asked, open.length, (c) => [c.cursorAt, c.id], ctx.cursors, SHAPE, page.more, page.far && key(page.far));
}

type Row = { id: string; openedAt: string };

/** The rows' cases as this viewer sees them, in order, with each row's place in the list; the ones it may not see left out. */
async function seen(ctx: Context, rows: Row[]): Promise<(SeenCase & { cursorAt: string })[]> {
  const cases = await Promise.all(rows.map(async (r) => seeCase(ctx, await caseStore(ctx).byId.load(r.id))));
  return cases.flatMap((c, i) => (c ? [{ ...c, cursorAt: rows[i]!.openedAt }] : []));
}

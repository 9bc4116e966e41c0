import { Role } from "../access/viewer";
import type { Context } from "../context";
import { ForbiddenError } from "../errors";
import { cypher } from "../graph/cypher";
import { compareParts, MAX_PAGE, pageAsked, pickPage, toPage, type CursorShape, type PageArgs } from "../read/paging";
import { caseStore } from "./case-store";
import { seeCase, type SeenCase } from "./case-view";

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
  const ids = (row?.rows as { id: string; openedAt: string }[]) ?? [];
  const seen = await Promise.all(ids.map(async (r) => ({ r, c: await seeCase(ctx, await caseStore(ctx).byId.load(r.id)) })));
  const shown = seen.filter((s): s is { r: { id: string; openedAt: string }; c: SeenCase } => s.c !== null).map((s) => ({ ...s.c, cursorAt: s.r.openedAt }));
  if (!worker) return toPage(shown, asked, (row?.total as number) ?? 0, (c) => [c.cursorAt, c.id], ctx.cursors, SHAPE);
  // newest first, then the id descending
  const rest = pickPage(shown, asked, (c, [at, id]) => compareParts(instant(at as string), instant(c.cursorAt)) || compareParts(id as string, c.id));
  return toPage(rest, asked, shown.length, (c) => [c.cursorAt, c.id], ctx.cursors, SHAPE);
}

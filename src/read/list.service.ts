import type { Context } from "../context";
import type { IdKind } from "../access/policy";
import { BadInputError } from "../errors";
import { cypher } from "../graph/cypher";
import type { Page } from "../model/connection";
import { loadAll } from "./loaders";
import { compareParts, pageAsked, pickPage, toPage, type CursorShape, type PageArgs } from "./paging";
import type { AgencyRecord, EventRecord, HouseholdRecord, InterventionRecord } from "./records";

export interface Period { from?: string | null | undefined; to?: string | null | undefined }
const n = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/**
 * Lists are ordered by real id only for callers who see every listed record under its real id.
 * Whoever sees pseudonyms gets a keyed order (by pseudonym), so a pseudonym's place in a list
 * says nothing about the real id behind it.
 */
const shape = (list: string, keyed: boolean, key: CursorShape["key"]): CursorShape => ({ list: `${list}:${keyed ? "keyed" : "id"}`, key });

export async function listHouseholds(
  ctx: Context,
  filter: Period & { neighbourhood?: string | null; domain?: string | null; agencyId?: string | null },
  page: PageArgs,
): Promise<Page<HouseholdRecord>> {
  const keyed = ctx.access.keyedOrder;
  const cursor = shape("households", keyed, ["string"]);
  const asked = pageAsked(page, ctx.cursors, cursor);
  const at = (asked.cursor?.[0] as string | undefined) ?? null;
  const params = {
    neighbourhood: n(filter.neighbourhood), domain: n(filter.domain), from: n(filter.from), to: n(filter.to),
    agencyId: helpFilterAgency(ctx, filter), scopeAgencyId: ctx.access.agencyScope(),
    cursorId: keyed ? null : at, backward: asked.backward, limit: keyed ? null : asked.limit + 1,
  };
  // nothing to filter and real order: walk the index, count from the count store (not all 100,000 collected)
  const plain = !keyed && [params.neighbourhood, params.domain, params.from, params.to, params.agencyId, params.scopeAgencyId].every((v) => v === null);
  const [row] = !plain
    ? await ctx.graph.read(cypher("read/queries/households-page.cypher"), params)
    : asked.backward // "\uffff" sorts after every id (the last page)
      ? await ctx.graph.read(cypher("read/queries/households-page-all-before.cypher"), { cursorId: at ?? "\uffff", limit: asked.limit + 1 })
      : await ctx.graph.read(cypher("read/queries/households-page-all.cypher"), { cursorId: at ?? "", limit: asked.limit + 1 });
  if (row?.rows) ctx.loaders.knownHouseholds(row.rows as HouseholdRecord[]);
  let ids = row?.ids as string[];
  if (keyed) {
    const sorted = ids.map((id) => [ctx.access.orderKey("Household", id), id] as const).sort(([a], [b]) => compareParts(a, b));
    ids = pickPage(sorted, asked, ([k], [c]) => compareParts(k, c as string)).map(([, id]) => id);
  }
  const visible = await loadAll(ctx.loaders.household, ids);
  return toPage(visible, asked, row?.total as number, (h) => [ctx.access.orderKey("Household", h.id)], ctx.cursors, cursor);
}

/**
 * The agency whose help a household filter looks at. An agency worker sees of other agencies' help
 * only that it exists, its domain and its agency: a period filter would read their dates, so for it
 * a period means its own agency's help, and a period on another agency's help is refused.
 */
function helpFilterAgency(ctx: Context, filter: Period & { agencyId?: string | null }): string | null {
  const own = ctx.access.agencyScope();
  if (!own || (!filter.from && !filter.to)) return n(filter.agencyId);
  if (filter.agencyId && filter.agencyId !== own) {
    throw new BadInputError("from/to: an agency worker can filter by period only on its own agency's help; leave out agencyId or pass your own", filter.from ? "from" : "to");
  }
  return own;
}

export async function listAgencies(ctx: Context, filter: { kind?: string | null; domain?: string | null }, page: PageArgs): Promise<Page<AgencyRecord>> {
  const cursor: CursorShape = { list: "agencies", key: ["string"] }; // agencies are public: no pseudonyms, real order
  const asked = pageAsked(page, ctx.cursors, cursor);
  const [row] = await ctx.graph.read(cypher("read/queries/agencies-page.cypher"), {
    kind: n(filter.kind), domain: n(filter.domain), cursorId: asked.cursor?.[0] ?? null, backward: asked.backward, limit: asked.limit + 1,
  });
  return toPage(row?.rows as AgencyRecord[], asked, row?.total as number, (a) => [a.id], ctx.cursors, cursor);
}

/** A page of dated records by (date, id), or by (date, pseudonym) for a keyed order. */
async function datedPage<T extends { id: string }>(
  ctx: Context, list: string, kind: IdKind, query: string, params: Record<string, unknown>, page: PageArgs,
  load: (ids: string[]) => Promise<T[]>, dateOf: (r: T) => string,
): Promise<Page<T>> {
  const keyed = ctx.access.keyedOrder;
  const cursor = shape(list, keyed, ["date", "string"]);
  const asked = pageAsked(page, ctx.cursors, cursor);
  const [cursorDate, cursorKey] = asked.cursor ?? [null, null];
  const [row] = await ctx.graph.read(cypher(query), { ...params, cursorDate, cursorId: cursorKey, backward: asked.backward, limit: asked.limit + 1, keyed });
  const key = (date: string, id: string): [string, string] => [date, keyed ? ctx.access.orderKey(kind, id) : id];
  let rows = row?.rows as [string, string][];
  if (keyed) {
    const byKey = (a: [string, string], b: (string | number)[]) => compareParts(a[0], b[0] as string) || compareParts(a[1], b[1] as string);
    const sorted = rows.map(([date, id]) => ({ date, id, k: key(date, id) })).sort((a, b) => byKey(a.k, b.k));
    rows = pickPage(sorted, asked, (r, c) => byKey(r.k, c)).map(({ date, id }) => [date, id]);
  }
  const records = await load(rows.map(([, id]) => id));
  return toPage(records, asked, row?.total as number, (r) => key(dateOf(r), r.id), ctx.cursors, cursor);
}

export function listInterventions(ctx: Context, filter: Period & { domain?: string | null; agencyId?: string | null }, page: PageArgs) {
  return datedPage<InterventionRecord>(ctx, "interventions", "Intervention", "read/queries/interventions-page.cypher", {
    domain: n(filter.domain), agencyId: ctx.access.agencyScope() ?? n(filter.agencyId), from: n(filter.from), to: n(filter.to),
  }, page, (ids) => loadAll(ctx.loaders.intervention, ids), (i) => i.start);
}

export function listEvents(ctx: Context, filter: Period & { type?: string | null; domain?: string | null; agencyId?: string | null }, page: PageArgs) {
  return datedPage<EventRecord>(ctx, "events", "Event", "read/queries/events-page.cypher", {
    type: n(filter.type), domain: n(filter.domain), agencyId: ctx.access.agencyScope() ?? n(filter.agencyId), from: n(filter.from), to: n(filter.to),
  }, page, (ids) => loadAll(ctx.loaders.event, ids), (e) => e.date);
}

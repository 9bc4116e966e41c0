import type { Context } from "../context";
import type { IdKind } from "../access/policy";
import { BadInputError } from "../errors";
import { cypher } from "../graph/cypher";
import type { Page } from "../model/connection";
import { loadAll } from "./loaders";
import { pageSize, toPage, type CursorShape } from "./paging";
import type { AgencyRecord, EventRecord, HouseholdRecord, InterventionRecord } from "./records";

export interface Period { from?: string | null | undefined; to?: string | null | undefined }
export interface PageArgs { first?: number | null | undefined; after?: string | null | undefined }
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
  const limit = pageSize(page.first);
  const keyed = ctx.access.keyedOrder;
  const cursor = shape("households", keyed, ["string"]);
  const after = ctx.cursors.decode(page.after, cursor)?.[0] ?? null;
  const params = {
    neighbourhood: n(filter.neighbourhood), domain: n(filter.domain), from: n(filter.from), to: n(filter.to),
    agencyId: helpFilterAgency(ctx, filter), scopeAgencyId: ctx.access.agencyScope(),
    afterId: keyed ? null : after, limit: keyed ? null : limit + 1,
  };
  // nothing to filter and real order: walk the index, count from the count store (not all 100,000 collected)
  const plain = !keyed && [params.neighbourhood, params.domain, params.from, params.to, params.agencyId, params.scopeAgencyId].every((v) => v === null);
  const [row] = plain
    ? await ctx.graph.read(cypher("read/queries/households-page-all.cypher"), { afterId: after ?? "", limit: limit + 1 })
    : await ctx.graph.read(cypher("read/queries/households-page.cypher"), params);
  if (row?.rows) ctx.loaders.knownHouseholds(row.rows as HouseholdRecord[]);
  let ids = row?.ids as string[];
  if (keyed) ids = byKey(ids.map((id) => [ctx.access.orderKey("Household", id), id] as const), after).slice(0, limit + 1);
  const visible = await loadAll(ctx.loaders.household, ids);
  return toPage(visible, limit, row?.total as number, (h) => [ctx.access.orderKey("Household", h.id)], ctx.cursors, cursor, Boolean(page.after));
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

/** Rows (key, id) after the cursor's key, in key order. */
function byKey(rows: (readonly [string, string])[], after: string | number | null): string[] {
  return rows.filter(([k]) => after === null || k > (after as string)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, id]) => id);
}

export async function listAgencies(ctx: Context, filter: { kind?: string | null; domain?: string | null }, page: PageArgs): Promise<Page<AgencyRecord>> {
  const limit = pageSize(page.first);
  const cursor: CursorShape = { list: "agencies", key: ["string"] }; // agencies are public: no pseudonyms, real order
  const [afterId] = ctx.cursors.decode(page.after, cursor) ?? [null];
  const [row] = await ctx.graph.read(cypher("read/queries/agencies-page.cypher"), {
    kind: n(filter.kind), domain: n(filter.domain), afterId, limit: limit + 1,
  });
  return toPage(row?.rows as AgencyRecord[], limit, row?.total as number, (a) => [a.id], ctx.cursors, cursor, Boolean(page.after));
}

/** A page of dated records by (date, id), or by (date, pseudonym) for a keyed order. */
async function datedPage<T extends { id: string }>(
  ctx: Context, list: string, kind: IdKind, query: string, params: Record<string, unknown>, page: PageArgs,
  load: (ids: string[]) => Promise<T[]>, dateOf: (r: T) => string,
): Promise<Page<T>> {
  const limit = pageSize(page.first);
  const keyed = ctx.access.keyedOrder;
  const cursor = shape(list, keyed, ["date", "string"]);
  const [afterDate, afterKey] = ctx.cursors.decode(page.after, cursor) ?? [null, null];
  const [row] = await ctx.graph.read(cypher(query), { ...params, afterDate, afterId: afterKey, limit: limit + 1, keyed });
  const key = (date: string, id: string): [string, string] => [date, keyed ? ctx.access.orderKey(kind, id) : id];
  let rows = row?.rows as [string, string][];
  if (keyed) {
    rows = rows
      .map(([date, id]) => ({ date, id, k: key(date, id) }))
      .filter(({ k }) => afterDate === null || k[0] > (afterDate as string) || (k[0] === afterDate && k[1] > (afterKey as string)))
      .sort((a, b) => (a.k[0] < b.k[0] ? -1 : a.k[0] > b.k[0] ? 1 : a.k[1] < b.k[1] ? -1 : a.k[1] > b.k[1] ? 1 : 0))
      .slice(0, limit + 1)
      .map(({ date, id }) => [date, id]);
  }
  const records = await load(rows.map(([, id]) => id));
  return toPage(records, limit, row?.total as number, (r) => key(dateOf(r), r.id), ctx.cursors, cursor, Boolean(page.after));
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

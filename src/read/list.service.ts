import type { Context } from "../context";
import type { IdKind } from "../access/policy";
import { BadInputError } from "../errors";
import { addDays } from "../dates";
import { cypher, type CypherQuery } from "../graph/cypher";
import type { Page } from "../model/connection";
import { loadAll } from "./loaders";
import { compareParts, pageAsked, pickPage, shownOnly, toPage, type CursorShape, type PageArgs } from "./paging";
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
  // a keyed order walks the households' stored sort value (src/graph/order-keys.ts), a real one their ids
  const keyed = ctx.access.keyedOrder;
  const cursor = shape("households", keyed, ["string"]);
  const asked = pageAsked(page, ctx.cursors, cursor);
  const at = (asked.cursor?.[0] as string | undefined) ?? null;
  const params = {
    neighbourhood: n(filter.neighbourhood), domain: n(filter.domain), from: n(filter.from), to: n(filter.to),
    agencyId: helpFilterAgency(ctx, filter), scopeAgencyId: ctx.access.agencyScope(),
  };
  // nothing to filter: walk the index, count from the count store (not all 100,000 collected)
  const plain = Object.values(params).every((v) => v === null);
  const limit = asked.limit + 1;
  const last = at ?? (asked.backward ? "\uffff" : ""); // "\uffff" sorts after every id and key (the last page)
  const row = plain
    ? (keyed
      ? await ctx.graph.read(cypher(asked.backward ? "read/queries/households-page-keyed-before.cypher" : "read/queries/households-page-keyed.cypher"), { cursorKey: last, limit })
      : await ctx.graph.read(cypher(asked.backward ? "read/queries/households-page-all-before.cypher" : "read/queries/households-page-all.cypher"), { cursorId: last, limit }))[0]
    : await filteredHouseholds(ctx, params, keyed, asked.backward, at, last, limit);
  if (row?.records) ctx.loaders.knownHouseholds(row.records as HouseholdRecord[]);
  const rows = (row?.rows as [string, string][] | undefined) ?? (row?.ids as string[]).map((id) => [id, id] as [string, string]);
  const keyOf = new Map(rows.map(([key, id]) => [id, key]));
  const shown = shownOnly(rows, asked);
  const visible = await loadAll(ctx.loaders.household, shown.rows.map(([, id]) => id));
  return toPage(visible, asked, row?.total as number | (() => Promise<number>), (h) => [keyOf.get(h.id) as string], ctx.cursors, cursor, shown.more,
    shown.far && [shown.far[0]]);
}

/**
 * A filtered page of households, from the selective side: from the filter's agency when it has
 * few records (FROM_AGENCY_UP_TO: its help and events are read, not every household);
 * otherwise the households are walked in the list's order, each asked of the filters as it comes,
 * until the page is full (a filter most households pass costs a page). A walked list counts only
 * when a client selects totalCount.
 */
async function filteredHouseholds(
  ctx: Context, params: Record<string, string | null>, keyed: boolean, backward: boolean, at: string | null, last: string, limit: number,
): Promise<Record<string, unknown> | undefined> {
  const all = { ...params, keyed, cursorKey: at, backward };
  const [sides] = params.agencyId !== null || params.scopeAgencyId !== null ? await ctx.graph.read(FILTER_SIDES, params) : [];
  // from the agency only while that costs a bounded read: a large agency's records grow with the population, a walk's page does not
  const reached = reachTotal(ctx, params);
  if (sides && sides.fewest !== null && (sides.fewest as number) <= FROM_AGENCY_UP_TO) {
    const [row] = await ctx.graph.read(HOUSEHOLDS_FROM_AGENCY, { ...all, limit });
    return reached ? { ...row, total: reached } : row; // one way of counting a list, whichever side its page came from
  }
  const walk = keyed ? (backward ? WALK_KEYED_BEFORE : WALK_KEYED) : backward ? WALK_BEFORE : WALK;
  const [row] = await ctx.graph.read(walk, { ...params, cursorKey: last, limit });
  let counted: Promise<number> | undefined;
  const total = reached ?? (() => (counted ??= ctx.graph.read(HOUSEHOLDS_FROM_AGENCY, { ...all, limit: 0 }).then((r) => r[0]?.total as number)));
  return { rows: row?.rows, total };
}

/**
 * The total from the households' reach (src/graph/help-reach.ts), a degree Neo4j keeps, when the
 * filter is only a domain or only an agency worker's own households; null for any other filter,
 * which reads the households it matches.
 */
function reachTotal(ctx: Context, params: Record<string, string | null>): (() => Promise<number>) | null {
  const only = (key: string) => Object.entries(params).every(([k, v]) => (k === key) === (v !== null));
  const count = (query: CypherQuery, args: Record<string, unknown>) => () => ctx.graph.read(query, args).then((r) => r[0]?.total as number);
  if (only("domain")) return count(COUNT_IN_DOMAIN, { domain: params.domain });
  if (only("scopeAgencyId")) return count(COUNT_REACHED, { agencyId: params.scopeAgencyId });
  return null;
}

/** An agency with at most this many records (help, events) is read whole for a filtered households page (about 50 ms); a larger one is met on a walk. */
const FROM_AGENCY_UP_TO = 10_000;
const FILTER_SIDES = cypher("read/queries/households-filter-sides.cypher");
const HOUSEHOLDS_FROM_AGENCY = cypher("read/queries/households-page.cypher");
const WALK = cypher("read/queries/households-walk.cypher");
const COUNT_IN_DOMAIN = cypher("read/queries/households-count-in-domain.cypher");
const COUNT_REACHED = cypher("read/queries/households-count-reached.cypher");
const WALK_BEFORE = cypher("read/queries/households-walk-before.cypher");
const WALK_KEYED = cypher("read/queries/households-walk-keyed.cypher");
const WALK_KEYED_BEFORE = cypher("read/queries/households-walk-keyed-before.cypher");

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
  const params = { kind: n(filter.kind), domain: n(filter.domain), limit: asked.limit + 1 };
  const [row] = asked.backward // "\uffff" sorts after every id (the last page)
    ? await ctx.graph.read(AGENCIES_BEFORE, { ...params, cursorId: asked.cursor?.[0] ?? "\uffff" })
    : await ctx.graph.read(AGENCIES, { ...params, cursorId: asked.cursor?.[0] ?? "" });
  const total = params.kind === null && params.domain === null ? () => storedCount("agencies", ctx) : () => countOf(ctx, AGENCIES_COUNT, params);
  return toPage(row?.rows as AgencyRecord[], asked, total, (a) => [a.id], ctx.cursors, cursor);
}

const AGENCIES = cypher("read/queries/agencies-page.cypher");
const AGENCIES_BEFORE = cypher("read/queries/agencies-page-before.cypher");
const AGENCIES_COUNT = cypher("read/queries/agencies-count.cypher");
const FIRST_DAY = "0001-01-01";
const LAST_DAY = "9999-12-31";

/** How many records of a kind are stored, from the count store: an unfiltered list's total. */
async function storedCount(kind: "events" | "interventions" | "agencies", ctx: Context): Promise<number> {
  const [row] = await ctx.graph.read(cypher("read/queries/record-counts.cypher"), {});
  return row?.[kind] as number;
}

async function countOf(ctx: Context, query: CypherQuery, params: Record<string, unknown>): Promise<number> {
  const [row] = await ctx.graph.read(query, params);
  return row?.total as number;
}

/** A dated list's queries: a page forward, a page backward, a filtered count. */
interface DatedQueries { page: CypherQuery; before: CypherQuery; count: CypherQuery }

/**
 * A page of dated records by (date, id), or by (date, pseudonym) for a keyed order. The query walks
 * the date index from the cursor's day and returns only the days the page needs (its ties on the
 * first and last day included), so a page costs the same at any population; the ties are ordered
 * here, by id or by pseudonym, and the page cut from them.
 */
async function datedPage<T extends { id: string }>(
  ctx: Context, list: string, kind: IdKind, queries: DatedQueries, window: { from: string | null; to: string | null },
  params: Record<string, unknown>, page: PageArgs, load: (ids: string[]) => Promise<T[]>, dateOf: (r: T) => string,
  stored?: () => Promise<number>,
): Promise<Page<T>> {
  const keyed = ctx.access.keyedOrder;
  const cursor = shape(list, keyed, ["date", "string"]);
  const asked = pageAsked(page, ctx.cursors, cursor);
  const at = asked.cursor as [string, string] | null;
  const key = (date: string, id: string): [string, string] => [date, keyed ? ctx.access.orderKey(kind, id) : id];
  let lower = window.from ?? FIRST_DAY;
  let upper = window.to ?? LAST_DAY;
  // the cursor's day is read whole (its ties), the walk starts the day after it (before it, backward)
  if (at && !asked.backward && at[0] >= lower) lower = at[0];
  if (at && asked.backward && at[0] <= upper) upper = at[0];
  const walkFrom = at && !asked.backward && lower === at[0] ? addDays(lower, 1) : lower;
  const walkTo = at && asked.backward && upper === at[0] ? addDays(upper, -1) : upper;
  const [row] = await ctx.graph.read(asked.backward ? queries.before : queries.page, {
    ...params, lower, upper, walkFrom, walkTo, limit: asked.limit + 1,
  });
  const byKey = (a: [string, string], b: (string | number)[]) => compareParts(a[0], b[0] as string) || compareParts(a[1], b[1] as string);
  const sorted = (row?.rows as [string, string][]).map(([date, id]) => ({ id, k: key(date, id) })).sort((a, b) => byKey(a.k, b.k));
  const shown = shownOnly(pickPage(sorted, asked, (r, c) => byKey(r.k, c)), asked);
  const records = await load(shown.rows.map(({ id }) => id));
  const total = stored ?? (() => countOf(ctx, queries.count, { ...params, lower: window.from ?? FIRST_DAY, upper: window.to ?? LAST_DAY }));
  return toPage(records, asked, total, (r) => key(dateOf(r), r.id), ctx.cursors, cursor, shown.more, shown.far?.k ?? null);
}

export function listInterventions(ctx: Context, filter: Period & { domain?: string | null; agencyId?: string | null }, page: PageArgs) {
  const params = { domain: n(filter.domain), agencyId: ctx.access.agencyScope() ?? n(filter.agencyId), from: n(filter.from) };
  const unfiltered = params.domain === null && params.agencyId === null && params.from === null && !filter.to;
  const onlyAgency = params.agencyId !== null && params.domain === null && params.from === null && !filter.to;
  const kept = unfiltered ? () => storedCount("interventions", ctx) : onlyAgency ? () => countOf(ctx, HELP_OF_AGENCY, { agencyId: params.agencyId }) : undefined;
  return datedPage<InterventionRecord>(ctx, "interventions", "Intervention", params.agencyId === null ? INTERVENTIONS : INTERVENTIONS_BY_AGENCY, { from: null, to: n(filter.to) }, params, page,
    (ids) => loadAll(ctx.loaders.intervention, ids), (i) => i.start, kept);
}

export function listEvents(ctx: Context, filter: Period & { type?: string | null; domain?: string | null; agencyId?: string | null }, page: PageArgs) {
  const params = { type: n(filter.type), domain: n(filter.domain), agencyId: ctx.access.agencyScope() ?? n(filter.agencyId) };
  const only = (key: keyof typeof params) => !filter.from && !filter.to && Object.entries(params).every(([k, v]) => (k === key) === (v !== null));
  const unfiltered = !filter.from && !filter.to && Object.values(params).every((v) => v === null);
  const queries = params.agencyId !== null ? EVENTS_BY_AGENCY : params.type !== null ? EVENTS_OF_TYPE : EVENTS;
  // with one filter that Neo4j keeps a count for, the total is read, not counted; any other combination counts what it matches
  const kept = unfiltered ? () => storedCount("events", ctx)
    : only("type") ? () => countOf(ctx, EVENTS_OF_ONE_TYPE, { type: params.type })
    : only("agencyId") ? () => countOf(ctx, EVENTS_OF_AGENCY, { agencyId: params.agencyId })
    : undefined;
  return datedPage<EventRecord>(ctx, "events", "Event", queries, { from: n(filter.from), to: n(filter.to) }, params, page,
    (ids) => loadAll(ctx.loaders.event, ids), (e) => e.date, kept);
}

const EVENTS: DatedQueries = {
  page: cypher("read/queries/events-page.cypher"), before: cypher("read/queries/events-page-before.cypher"), count: cypher("read/queries/events-count.cypher"),
};
/**
 * Events of one type are counted along the (type, date) index (0.19 s instead of 0.93 s for SIGNAL at
 * 200,000 households); their page still walks the date: the planner sorted every event of the type
 * rather than walk the composite index in date order (PROFILE: NodeIndexSeek + Top, 312,000 db hits against 1,071).
 */
const EVENTS_OF_TYPE: DatedQueries = { ...EVENTS, count: cypher("read/queries/events-count-typed.cypher") };
const INTERVENTIONS: DatedQueries = {
  page: cypher("read/queries/interventions-page.cypher"), before: cypher("read/queries/interventions-page-before.cypher"),
  count: cypher("read/queries/interventions-count.cypher"),
};
/**
 * One agency's records (an agency worker's lists, or an agencyId filter) are counted from the agency's
 * BY relationships: the count walking the date index asked every event whether the agency made it
 * (1.7 s for an agency worker's events at 200,000 households).
 */
const EVENTS_BY_AGENCY: DatedQueries = { ...EVENTS, count: cypher("read/queries/events-count-by-agency.cypher") };
const INTERVENTIONS_BY_AGENCY: DatedQueries = { ...INTERVENTIONS, count: cypher("read/queries/interventions-count-by-agency.cypher") };
/**
 * Totals Neo4j keeps (migration 015): the events of one type from the count store (a label per
 * type), one agency's events and help from its degrees (help has GIVEN_BY besides the BY it shares
 * with events). Each is read at the same cost at any population; a filter more than one of these
 * still counts the records it matches (the queries above).
 */
const EVENTS_OF_ONE_TYPE = cypher("read/queries/events-count-of-type.cypher");
const EVENTS_OF_AGENCY = cypher("read/queries/events-count-of-agency.cypher");
const HELP_OF_AGENCY = cypher("read/queries/interventions-count-of-agency.cypher");

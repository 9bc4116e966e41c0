import type { Context } from "../context";
import { cypher } from "../graph/cypher";
import type { Page } from "../model/connection";
import { loadAll } from "./loaders";
import { pageSize, toPage } from "./paging";
import type { AgencyRecord, EventRecord, HouseholdRecord, InterventionRecord } from "./records";

export interface Period { from?: string | null | undefined; to?: string | null | undefined }
export interface PageArgs { first?: number | null | undefined; after?: string | null | undefined }
const n = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

export async function listHouseholds(
  ctx: Context,
  filter: Period & { neighbourhood?: string | null; domain?: string | null; agencyId?: string | null },
  page: PageArgs,
): Promise<Page<HouseholdRecord>> {
  const limit = pageSize(page.first);
  const [afterId] = ctx.cursors.decode(page.after, 1) ?? [null];
  const [row] = await ctx.graph.read(cypher("read/queries/households-page.cypher"), {
    neighbourhood: n(filter.neighbourhood), domain: n(filter.domain), agencyId: n(filter.agencyId),
    from: n(filter.from), to: n(filter.to), afterId, limit: limit + 1, scopeAgencyId: ctx.access.agencyScope(),
  });
  const visible = await Promise.all((row?.rows as HouseholdRecord[]).map((h) => ctx.access.household(h)));
  return toPage(visible.filter((h): h is NonNullable<typeof h> => h !== null), limit, row?.total as number, (h) => [h.id], ctx.cursors);
}

export async function listAgencies(ctx: Context, filter: { kind?: string | null; domain?: string | null }, page: PageArgs): Promise<Page<AgencyRecord>> {
  const limit = pageSize(page.first);
  const [afterId] = ctx.cursors.decode(page.after, 1) ?? [null];
  const [row] = await ctx.graph.read(cypher("read/queries/agencies-page.cypher"), {
    kind: n(filter.kind), domain: n(filter.domain), afterId, limit: limit + 1,
  });
  return toPage(row?.rows as AgencyRecord[], limit, row?.total as number, (a) => [a.id], ctx.cursors);
}

export async function listInterventions(
  ctx: Context,
  filter: Period & { domain?: string | null; agencyId?: string | null },
  page: PageArgs,
): Promise<Page<InterventionRecord>> {
  const limit = pageSize(page.first);
  const [afterDate, afterId] = ctx.cursors.decode(page.after, 2) ?? [null, null];
  const [row] = await ctx.graph.read(cypher("read/queries/interventions-page.cypher"), {
    domain: n(filter.domain), agencyId: ctx.access.agencyScope() ?? n(filter.agencyId), from: n(filter.from), to: n(filter.to),
    afterDate, afterId, limit: limit + 1,
  });
  const records = await loadAll(ctx.loaders.intervention, row?.rows as string[]);
  return toPage(records, limit, row?.total as number, (i) => [i.start, i.id], ctx.cursors);
}

export async function listEvents(
  ctx: Context,
  filter: Period & { type?: string | null; domain?: string | null; agencyId?: string | null },
  page: PageArgs,
): Promise<Page<EventRecord>> {
  const limit = pageSize(page.first);
  const [afterDate, afterId] = ctx.cursors.decode(page.after, 2) ?? [null, null];
  const [row] = await ctx.graph.read(cypher("read/queries/events-page.cypher"), {
    type: n(filter.type), domain: n(filter.domain), agencyId: ctx.access.agencyScope() ?? n(filter.agencyId), from: n(filter.from), to: n(filter.to),
    afterDate, afterId, limit: limit + 1,
  });
  const records = await loadAll(ctx.loaders.event, row?.rows as string[]);
  return toPage(records, limit, row?.total as number, (e) => [e.date, e.id], ctx.cursors);
}

import type { Context } from "../context";
import type { EvidenceItem, Hit, PatternKind } from "../detectors/types";
import { BadInputError } from "../errors";
import { cypher } from "../graph/cypher";
import type { Page } from "../model/connection";
import { HitOrder, HitStatus } from "../model/hit-work.type";
import { pageAsked, toPage, type CursorShape, type PageArgs } from "../read/paging";

/** A hit as the API shows it: live hits (a custom frame) have no id of their own and no status. */
export interface WorkHit extends Hit {
  id: string | null;
  status: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  assigneeId: string | null;
  /** A live hit's frame (asOf, from, to, params): part of its id, since another frame gives another score and evidence. */
  frame?: string;
}

/** A stored hit's row (see the stored-hits queries) as a hit. */
export function fromStored(r: Record<string, unknown>): WorkHit {
  return {
    id: r.id as string, kind: r.kind as PatternKind, subjectType: r.subjectType as "Household" | "Person", subjectId: r.subjectId as string,
    score: r.score as number, evidence: JSON.parse(r.evidence as string) as EvidenceItem[],
    explanation: { EN: r.explanationEN as string, NL: r.explanationNL as string }, neighbourhoods: (r.neighbourhoods as string[]) ?? [],
    status: r.status as string, firstSeen: r.firstSeen as string, lastSeen: r.lastSeen as string, assigneeId: (r.assigneeId as string | null) ?? null,
  };
}

/** A hit computed live in a frame (as of, window, parameters), as a hit of work without a status. */
export const liveHit = (frame: unknown) => {
  const key = JSON.stringify(frame);
  return (hit: Hit): WorkHit => ({ ...hit, id: null, status: null, firstSeen: null, lastSeen: null, assigneeId: null, frame: key });
};

export interface StoredFilter {
  status?: string[] | null | undefined;
  since?: string | null | undefined;
  neighbourhood?: string | null | undefined;
  agencyId?: string | null | undefined;
  orderBy?: HitOrder | null | undefined;
}

const OPEN = Object.values(HitStatus).filter((s) => s !== HitStatus.GONE);

const COUNT = cypher("hits/queries/stored-hits-count.cypher");
const COUNT_SINCE = cypher("hits/queries/stored-hits-count-since.cypher");
const TALLY = cypher("hits/queries/stored-hits-tally.cypher");

/**
 * How a page's totalCount is counted, asked only when selected: by statuses alone from the counters
 * (a few nodes, however many hits); with since, along the first-seen index (only the hits that new);
 * with a neighbourhood or agency, by reading the kind's hits.
 */
const countOf = (p: { since: string | null; neighbourhood: string | null; agencyId: string | null }) =>
  p.neighbourhood !== null || p.agencyId !== null ? COUNT : p.since !== null ? COUNT_SINCE : TALLY;
const BY_SCORE = cypher("hits/queries/stored-hits-by-score.cypher");
const NEWEST = cypher("hits/queries/stored-hits-newest.cypher");
const BY_SCORE_BEFORE = cypher("hits/queries/stored-hits-by-score-before.cypher");
const NEWEST_BEFORE = cypher("hits/queries/stored-hits-newest-before.cypher");

/**
 * A page of one kind's stored hits, read by walking an index in order (so a page costs the same
 * however many hits there are). Ties are broken by the hit's own id, drawn at random when it was
 * first found, so no place in the list says anything about the subject behind it.
 */
export async function storedHitsPage(ctx: Context, kind: PatternKind, filter: StoredFilter, page: PageArgs): Promise<Page<WorkHit>> {
  const newest = filter.orderBy === HitOrder.FIRST_SEEN;
  const shape: CursorShape = newest
    ? { list: `storedHits:${kind}:newest`, key: ["date", "number", "string"] }
    : { list: `storedHits:${kind}:score`, key: ["number", "string"] };
  const asked = pageAsked(page, ctx.cursors, shape);
  const { cursor } = asked;
  const [cursorSeen, cursorScore, cursorId] = newest ? (cursor ?? [null, null, null]) : [null, ...(cursor ?? [null, null])];
  const params = {
    kind, statuses: filter.status?.length ? filter.status : OPEN, since: filter.since ?? null, neighbourhood: filter.neighbourhood ?? null,
    agencyId: filter.agencyId ?? null, cursorSeen, cursorScore, cursorId, limit: asked.limit + 1,
  };
  const rows = await ctx.graph.read(asked.backward ? (newest ? NEWEST_BEFORE : BY_SCORE_BEFORE) : (newest ? NEWEST : BY_SCORE), params);
  const hits = rows.map((r) => fromStored(r.row as Record<string, unknown>));
  const total = async () => (await ctx.graph.read(countOf(params), params))[0]?.total as number;
  return toPage(hits, asked, total, (h) => (newest ? [h.firstSeen as string, h.score, h.id as string] : [h.score, h.id as string]), ctx.cursors, shape);
}

/** Refuses filters that only stored hits have, on a live (custom-frame) question. */
export function checkLiveFilter(filter: StoredFilter): void {
  for (const [name, value] of [["status", filter.status], ["since", filter.since], ["orderBy", filter.orderBy]] as const) {
    if (value !== null && value !== undefined) {
      throw new BadInputError(`${name}: only stored hits have a status and a first-seen date; leave out asOf, from, to and params to read them`, name);
    }
  }
}

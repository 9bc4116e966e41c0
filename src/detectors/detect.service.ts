import type { Graph } from "../graph/gateway";
import type { Page } from "../model/connection";
import { pageSize, toPage, type Cursors, type CursorShape } from "../read/paging";
import { checkFrame, frameParams, resolveParams } from "./params";
import { DETECTORS } from "./registry";
import { scopedToHouseholds } from "./scope";
import type { Frame, Hit, Params, PatternKind } from "./types";

/** Score descending, then subject id: the same graph, frame and parameters give the same order. */
export function compareHits(a: Hit, b: Hit): number {
  return b.score - a.score || (a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : 0);
}

/**
 * Runs one detector as one query over the whole population, or over some households (for a person
 * detector: the persons who were ever members of them).
 */
export async function detect(graph: Graph, kind: PatternKind, frame: Frame, given: Params = {}, householdIds: string | string[] | null = null): Promise<Hit[]> {
  checkFrame(frame);
  const spec = DETECTORS[kind];
  const params = resolveParams(spec, given);
  const ids = typeof householdIds === "string" ? [householdIds] : householdIds;
  const query = ids === null ? spec.query : scopedToHouseholds(spec.query);
  const rows = await graph.read(query, { ...params, ...frameParams(frame), householdIds: ids });
  return rows.map((row) => spec.toHit(row, params)).sort(compareHits);
}

/**
 * A page of hits; `visible` drops the hits whose subject the caller may not see, before counting.
 * Ties in score are broken by `tieKey` (the subject's pseudonym for a caller who sees pseudonyms).
 */
export async function detectPage<H extends Hit>(
  all: Promise<H[]>, kind: PatternKind, first: number | null | undefined, after: string | null | undefined,
  cursors: Cursors, visible: (hits: H[]) => Promise<H[]>, tieKey: (hit: H) => string,
): Promise<Page<H>> {
  const limit = pageSize(first);
  const shape: CursorShape = { list: `patternHits:${kind}`, key: ["number", "string"] };
  const cursor = cursors.decode(after, shape);
  const keyed = (await visible(await all)).map((hit) => ({ hit, key: tieKey(hit) }));
  const order = (a: { hit: Hit; key: string }, b: { hit: Hit; key: string }) => b.hit.score - a.hit.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  keyed.sort(order);
  const start = cursor ? keyed.findIndex((h) => order(h, { hit: { score: cursor[0] } as H, key: cursor[1] as string }) > 0) : 0;
  const rest = start < 0 ? [] : keyed.slice(start, start + limit + 1);
  return toPage(rest.map((r) => r.hit), limit, keyed.length, (h) => [h.score, tieKey(h)], cursors, shape);
}

/** Every detector for one household, for its own view (a person's hits show with the households they belonged to). */
export async function detectForHousehold(graph: Graph, householdId: string, frame: Frame): Promise<Hit[]> {
  const all = await Promise.all(Object.keys(DETECTORS).map((kind) => detect(graph, kind as PatternKind, frame, {}, householdId)));
  return all.flat();
}

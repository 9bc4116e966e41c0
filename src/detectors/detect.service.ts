import type { Graph } from "../graph/gateway";
import type { Page } from "../model/connection";
import { pageAsked, toPage, type Cursors, type CursorShape, type PageArgs } from "../read/paging";
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
  // a subject removed while the query ran (retention, another clean-up) reads as a null id: no hit on no one
  return rows.filter((row) => row.subjectId !== null).map((row) => spec.toHit(row, params)).sort(compareHits);
}

/** A tie-break for hits of equal score: its name (for memoising) and the key it orders by. */
export interface TieBreak { name: string; key: (hit: Hit) => string }

const ordered = new WeakMap<Hit[], Map<string, { hit: Hit; key: string }[]>>();

/** The hits by score, then tie key; computed once per (list, tie-break), since live lists are cached. */
function orderedBy(hits: Hit[], tie: TieBreak): { hit: Hit; key: string }[] {
  const memo = ordered.get(hits) ?? new Map<string, { hit: Hit; key: string }[]>();
  ordered.set(hits, memo);
  let sorted = memo.get(tie.name);
  if (!sorted) {
    sorted = hits.map((hit) => ({ hit, key: tie.key(hit) })).sort((a, b) => byScoreThenKey(a.hit.score, a.key, b.hit.score, b.key));
    memo.set(tie.name, sorted);
  }
  return sorted;
}

const byScoreThenKey = (sa: number, ka: string, sb: number, kb: string): number => sb - sa || (ka < kb ? -1 : ka > kb ? 1 : 0);

/**
 * A page of live hits: ordered by score, then the tie key (the subject's pseudonym for a caller who
 * sees pseudonyms), filtered by `keep`, and only the page's hits are handed to `view` (access: how
 * each is seen). Every role that may read pattern reports sees every subject in some view, so the
 * count is the count of kept hits.
 */
export async function detectPage<H>(
  all: Hit[], kind: PatternKind, page: PageArgs,
  cursors: Cursors, tie: TieBreak, keep: (hit: Hit) => boolean, view: (hits: Hit[]) => Promise<(H | null)[]>,
): Promise<Page<H>> {
  const shape: CursorShape = { list: `patternHits:${kind}`, key: ["number", "string"] };
  const asked = pageAsked(page, cursors, shape);
  const { cursor, limit } = asked;
  const kept = orderedBy(all, tie).filter((h) => keep(h.hit));
  // the first index from which `past` holds: binary search, the list being ordered
  const firstWhere = (past: (order: number) => boolean): number => {
    let [low, high] = [0, kept.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      const h = kept[mid] as { hit: Hit; key: string };
      if (past(byScoreThenKey(h.hit.score, h.key, cursor?.[0] as number, cursor?.[1] as string))) high = mid;
      else low = mid + 1;
    }
    return low;
  };
  let rest: { hit: Hit; key: string }[];
  if (!asked.backward) {
    const start = cursor ? firstWhere((order) => order > 0) : 0;
    rest = kept.slice(start, start + limit + 1);
  } else {
    const end = cursor ? firstWhere((order) => order >= 0) : kept.length;
    rest = kept.slice(Math.max(0, end - limit - 1), end).reverse(); // nearest the cursor first
  }
  const seen = await view(rest.map((r) => r.hit)); // aligned with rest; null: not shown
  const shown = rest.flatMap((r, i) => (seen[i] === null || seen[i] === undefined ? [] : [{ node: seen[i] as H, at: r }]));
  return toPage(shown.map((s) => s.node), asked, kept.length, (_, i) => [shown[i]?.at.hit.score as number, shown[i]?.at.key as string], cursors, shape);
}

/** Every detector for one household, for its own view (a person's hits show with the households they belonged to). */
export async function detectForHousehold(graph: Graph, householdId: string, frame: Frame): Promise<Hit[]> {
  const all = await Promise.all(Object.keys(DETECTORS).map((kind) => detect(graph, kind as PatternKind, frame, {}, householdId)));
  return all.flat();
}

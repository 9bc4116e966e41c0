import type { PatternKind } from "../detectors/types";
import { cypher } from "../graph/cypher";
import type { Graph } from "../graph/gateway";
import { DismissReason } from "../model/hit-work.type";

const FIGURES = cypher("hits/queries/judgement-figures.cypher");
const STATUSES = cypher("hits/queries/status-counts.cypher");

/** What people decided about one detector's hits: the living, human-judged precision of its rule. */
export interface DetectorJudgement {
  kind: PatternKind;
  /** Stored hits that are not gone. */
  hits: number;
  /** Hits a person changed at least once. */
  judged: number;
  dismissed: number;
  dismissedBy: { reason: DismissReason; hits: number }[];
  resolved: number;
  /** Median hours from a hit's first finding to a person's first change; null before anyone looked. */
  medianHoursToFirstLook: number | null;
  /** Dismissed as not a concern, of the judged hits; null before anyone judged. */
  notAConcernShare: number | null;
  /** More than the configured share dismissed as not a concern (with enough judged hits to say so). */
  flaggedForReview: boolean;
}

export interface ReviewRule { notAConcernShare: number; minJudged: number }

/** Per detector, aggregated: counts and a median, never a household or a person. */
export async function judgementFigures(graph: Graph, kinds: PatternKind[], review: ReviewRule): Promise<DetectorJudgement[]> {
  const [figures, [statuses]] = await Promise.all([graph.read(FIGURES), graph.read(STATUSES)]);
  const open = new Map<string, number>();
  for (const s of (statuses?.statuses as { kind: string; status: string; hits: number }[]) ?? []) {
    if (s.status !== "GONE") open.set(s.kind, (open.get(s.kind) ?? 0) + s.hits);
  }
  const byKind = new Map(figures.map((f) => [f.kind as string, f]));
  return kinds.map((kind) => {
    const f = byKind.get(kind);
    const judged = (f?.judged as number | undefined) ?? 0;
    const reasons = ((f?.reasons as (string | null)[] | undefined) ?? []).filter((r): r is string => r !== null);
    const dismissedBy = Object.values(DismissReason).map((reason) => ({ reason, hits: reasons.filter((r) => r === reason).length }));
    const notAConcern = dismissedBy.find((d) => d.reason === DismissReason.NOT_A_CONCERN)?.hits ?? 0;
    const share = judged ? notAConcern / judged : null;
    return {
      kind, hits: open.get(kind) ?? 0, judged, dismissed: reasons.length, dismissedBy, resolved: (f?.resolved as number | undefined) ?? 0,
      medianHoursToFirstLook: (f?.medianHours as number | null | undefined) ?? null, notAConcernShare: share,
      flaggedForReview: share !== null && judged >= review.minJudged && share > review.notAConcernShare,
    };
  });
}

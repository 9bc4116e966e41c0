import { latestFairness, type StoredFairness } from "../fairness/stored";
import { DETECTORS } from "../detectors/registry";
import type { PatternKind } from "../detectors/types";
import type { Graph } from "../graph/gateway";
import { judgementFigures, type DetectorJudgement, type ReviewRule } from "./judgement.service";

/** What the register entries read from the store: the humans' judgement of each rule, and the latest fairness report. */
export async function registerFacts(graph: Graph, review: ReviewRule): Promise<{ judgement: DetectorJudgement[]; fairness: StoredFairness | null }> {
  const [judgement, fairness] = await Promise.all([judgementFigures(graph, Object.keys(DETECTORS) as PatternKind[], review), latestFairness(graph)]);
  return { judgement, fairness };
}

import type { Intake } from "../import/intake";
import { checkDelivery, writeAccepted, type ImportOutcome } from "../import/import.service";
import type { WriteOptions } from "../import/writer";
import type { Graph } from "../graph/gateway";
import { logger } from "../logger";
import type { DetectionRunRecord } from "./records";
import { runDetection, type RunRequest } from "./run.service";
import { changesKnownAgencies, householdsTouched } from "./touched";

export interface ImportAndDetect { outcome: ImportOutcome; run: DetectionRunRecord | null }

/**
 * Imports a delivery and, when it wrote data, re-detects what it touched: the touched households
 * only, or everyone when it changed a stored agency. A delivery that fails writes nothing and starts
 * no run; a run that fails leaves the written delivery as it is (run: null, and the log says so).
 * `intake` says how the delivery comes in: `fromValue` (in memory) or `fromFile` (streamed).
 */
export async function importAndDetect(
  graph: Graph, intake: Intake, today: string, trigger: string,
  { onDetect, ...options }: WriteOptions & { onDetect?: RunRequest["onProgress"] } = {},
): Promise<ImportAndDetect> {
  const checked = await checkDelivery(graph, intake, today);
  if (!checked.ok) return { outcome: { ...checked, counts: [], keys: undefined }, run: null };
  let outcome: ImportOutcome;
  let householdIds: string[] | null;
  try {
    // asked before the write too: the union also holds a record's old subject
    const before = await householdsTouched(graph, checked.keys);
    const full = await changesKnownAgencies(graph, checked.agencies);
    outcome = await writeAccepted(graph, checked, options);
    householdIds = full ? null : [...new Set([...before, ...(await householdsTouched(graph, checked.keys))])];
  } finally {
    await checked.dispose();
  }
  if (householdIds && !householdIds.length) return { outcome, run: null };
  try {
    return { outcome, run: await runDetection(graph, { today, trigger, householdIds, onProgress: onDetect }) };
  } catch (error) {
    // the delivery is written and stays so; its hits wait for the next run (npm run detect)
    logger.error({ err: error instanceof Error ? error.name : "unknown", households: householdIds?.length ?? null }, "detection after an import failed");
    return { outcome, run: null };
  }
}

import type { Intake } from "../import/intake";
import { checkDelivery, writeAccepted, type ImportOutcome } from "../import/import.service";
import type { WriteOptions } from "../import/writer";
import type { Graph } from "../graph/gateway";
import { logger } from "../logger";
import type { DetectionRunRecord } from "./records";
import { runDetection, withDetectionLock, type RunRequest } from "./run.service";
import { changesKnownAgencies } from "./touched";

export interface ImportAndDetect { outcome: ImportOutcome; run: DetectionRunRecord | null }

/**
 * Imports a delivery and, when it wrote data, re-detects what it touched: the touched households
 * only, or everyone when it changed a stored agency, holding the detection lock from the write to
 * the end of that run (another run under way is waited for first, as long as a run waits; then
 * DETECTION_BUSY and nothing is written). A delivery that fails writes nothing and starts no run;
 * a run that fails leaves the written delivery as it is (run: null, and the log says so).
 * `intake` says how the delivery comes in: `fromValue` (in memory) or `fromFile` (streamed).
 */
export async function importAndDetect(
  graph: Graph, intake: Intake, today: string, trigger: string,
  { onDetect, ...options }: WriteOptions & { onDetect?: RunRequest["onProgress"] } = {},
): Promise<ImportAndDetect> {
  const checked = await checkDelivery(graph, intake, today);
  if (!checked.ok) return { outcome: { ...checked, counts: [], keys: undefined }, run: null };
  try {
    // the lock from the write to the end of the run: no other run stores hits of a delivery half
    // written, and the run's counts are what this delivery changed
    return await withDetectionLock(graph, undefined, async (lock) => {
      const full = await changesKnownAgencies(graph, checked.agencies);
      const outcome = await writeAccepted(graph, checked, options);
      const householdIds = full ? null : (outcome.households ?? []);
      await checked.dispose();
      if (householdIds && !householdIds.length) return { outcome, run: null };
      try {
        return { outcome, run: await runDetection(graph, { today, trigger, householdIds, onProgress: onDetect }, lock) };
      } catch (error) {
        // the delivery is written and stays so; its hits wait for the next run (npm run detect)
        logger.error({ err: error instanceof Error ? error.name : "unknown", households: householdIds?.length ?? null }, "detection after an import failed");
        return { outcome, run: null };
      }
    });
  } finally {
    await checked.dispose();
  }
}

import type { Dataset } from "../import/dataset";
import { importDataset, type ImportOutcome } from "../import/import.service";
import type { WriteOptions } from "../import/writer";
import type { Graph } from "../graph/gateway";
import { logger } from "../logger";
import type { DetectionRunRecord } from "./records";
import { runDetection } from "./run.service";
import { changesKnownAgencies, householdsTouched } from "./touched";

export interface ImportAndDetect { outcome: ImportOutcome; run: DetectionRunRecord | null }

/**
 * Imports a delivery and, when it wrote data, re-detects what it touched: the touched households
 * only, or everyone when it changed a stored agency. A delivery that fails writes nothing and starts
 * no run; a run that fails leaves the written delivery as it is (run: null, and the log says so).
 */
export async function importAndDetect(graph: Graph, input: unknown, today: string, trigger: string, options: WriteOptions = {}): Promise<ImportAndDetect> {
  const d = input as Dataset;
  const wellFormed = typeof input === "object" && input !== null;
  const before = wellFormed ? await safely(() => householdsTouched(graph, d)) : [];
  const full = wellFormed && (await safely(() => changesKnownAgencies(graph, d))) === true;
  const outcome = await importDataset(graph, input, today, options);
  if (!outcome.ok) return { outcome, run: null };
  const after = await householdsTouched(graph, d);
  const householdIds = full ? null : [...new Set([...(before as string[]), ...after])];
  if (householdIds && !householdIds.length) return { outcome, run: null };
  try {
    return { outcome, run: await runDetection(graph, { today, trigger, householdIds }) };
  } catch (error) {
    // the delivery is written and stays so; its hits wait for the next run (npm run detect)
    logger.error({ err: error instanceof Error ? error.name : "unknown", households: householdIds?.length ?? null }, "detection after an import failed");
    return { outcome, run: null };
  }
}

/** Lookups on a delivery not yet validated: a malformed one is answered by the import itself. */
async function safely<T>(work: () => Promise<T>): Promise<T | []> {
  try {
    return await work();
  } catch {
    return [];
  }
}

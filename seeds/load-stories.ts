import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../src/config";
import type { Graph } from "../src/graph/gateway";
import type { Dataset } from "../src/import/dataset";
import { importDataset, type ImportOutcome } from "../src/import/import.service";
import type { DetectionRunRecord } from "../src/hits/records";
import { runDetection } from "../src/hits/run.service";

export const STORIES_DIR = path.join(projectRoot, "seeds", "stories");

/** Imports the organisations and the five stories of shared/domain.md, in file order. */
export async function loadStories(graph: Graph, today: string): Promise<ImportOutcome[]> {
  const files = fs.readdirSync(STORIES_DIR).filter((f) => f.endsWith(".json")).sort();
  const outcomes: ImportOutcome[] = [];
  for (const file of files) {
    const outcome = await importDataset(graph, JSON.parse(fs.readFileSync(path.join(STORIES_DIR, file), "utf8")), today);
    if (!outcome.ok) {
      throw new Error(`seed ${file} is invalid:\n${outcome.errors.map((e) => `  ${e.path}: ${e.message}`).join("\n")}`);
    }
    outcomes.push(outcome);
  }
  return outcomes;
}

/** The stories loaded, then their households re-detected so that their hits are stored as work. */
export async function loadStoriesAndDetect(graph: Graph, today: string, trigger: string): Promise<{ outcomes: ImportOutcome[]; run: DetectionRunRecord }> {
  const outcomes = await loadStories(graph, today);
  const households = fs.readdirSync(STORIES_DIR).filter((f) => f.endsWith(".json"))
    .flatMap((f) => ((JSON.parse(fs.readFileSync(path.join(STORIES_DIR, f), "utf8")) as Dataset).households ?? []).map((h) => h.id));
  return { outcomes, run: await runDetection(graph, { today, trigger, householdIds: households }) };
}

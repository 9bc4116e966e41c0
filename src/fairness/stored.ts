import { cypher } from "../graph/cypher";
import type { Graph } from "../graph/gateway";
import { storedRow } from "./records";

const STORE = cypher("fairness/queries/store-report.cypher");
const LATEST = cypher("fairness/queries/latest-report.cypher");

/** A kept fairness report, as the register entry and the README's "Responsible use" cite it. */
export interface StoredFairness {
  /** When it ran (ISO date-time). */
  at: string;
  /** The date the rules were measured at. */
  asOf: string;
  flagged: number;
  unjustified: number;
  /** Two or three Dutch sentences: what was measured, what was flagged, what is justified. Counts only. */
  summaryNL: string;
}

/** Keeps a report: counts and group names only, never a household. */
export async function storeFairness(graph: Graph, report: { asOf: string; flagged: number; unjustified: number; summaryNL: string; json: string }): Promise<void> {
  await graph.write(STORE, { asOf: report.asOf, flagged: report.flagged, unjustified: report.unjustified, summaryNL: report.summaryNL, report: report.json });
}

/** The latest kept report; null before `npm run fairness` ever ran (the GraphQL report is not kept). */
export async function latestFairness(graph: Graph): Promise<StoredFairness | null> {
  const [row] = await graph.read(LATEST);
  return row ? storedRow.parse(row) : null;
}

import type { Graph } from "../../src/graph/gateway";
import { testGraph } from "./graph";
import type { Scenario } from "./scenario";
import { removeByPrefix } from "./snapshot";

/** A graph for a detector's test file, and the scenarios it made, removed afterwards. */
export function detectorSuite(): { graph: () => Graph; keep: (s: Scenario) => Scenario } {
  let graph: Graph;
  const made: Scenario[] = [];
  beforeAll(() => (graph = testGraph()));
  afterAll(async () => {
    for (const s of made) await removeByPrefix(graph, s.p);
    await graph.close();
  });
  return { graph: () => graph, keep: (s) => (made.push(s), s) };
}

export const plusDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

import type { Graph } from "../../src/graph/gateway";
import { testGraph } from "./graph";
import { removeByPrefix } from "./snapshot";

/** For a test file that works on the run's Neo4j directly: its gateway, and what it wrote (by id prefix) removed afterwards. */
export function graphSuite(): { graph: () => Graph; owns: (prefix: string) => string } {
  let graph: Graph | undefined;
  const prefixes: string[] = [];
  beforeAll(() => void (graph = testGraph()));
  afterAll(async () => {
    for (const p of prefixes) await removeByPrefix(graph as Graph, p);
    await graph?.close();
  });
  return { graph: () => graph as Graph, owns: (prefix) => (prefixes.push(prefix), prefix) };
}

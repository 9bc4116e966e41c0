import { cypher } from "../../src/graph/cypher";
import type { Graph } from "../../src/graph/gateway";

/** Every node and relationship whose id starts with the prefix, as sorted text: equal snapshots, equal data. */
export async function snapshot(graph: Graph, prefix: string): Promise<string[]> {
  const rows = await graph.read(cypher("../tests/support/snapshot.cypher"), { prefix });
  return rows.map((r) => JSON.stringify(r.line)).sort();
}

export async function removeByPrefix(graph: Graph, prefix: string): Promise<void> {
  await graph.write(cypher("../tests/support/remove-by-prefix.cypher"), { prefix });
}

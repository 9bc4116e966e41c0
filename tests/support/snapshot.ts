import { cypher } from "../../src/graph/cypher";
import type { Graph } from "../../src/graph/gateway";

/** Every node and relationship whose id starts with the prefix, as sorted text: equal snapshots, equal data. */
export async function snapshot(graph: Graph, prefix: string): Promise<string[]> {
  const rows = await graph.read(cypher("../tests/support/snapshot.cypher"), { prefix });
  return rows.map((r) => canonical(r.line)).sort();
}

/** JSON with every object's keys in order: a rewritten node may list the same properties in another order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))) : v);
}

export async function removeByPrefix(graph: Graph, prefix: string): Promise<void> {
  await graph.write(cypher("../tests/support/remove-by-prefix.cypher"), { prefix });
}

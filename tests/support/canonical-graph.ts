import { cypher } from "../../src/graph/cypher";
import type { Graph } from "../../src/graph/gateway";
import { householdOrderKeys } from "../../src/graph/order-keys";

/** Properties whose values must differ between two stores built apart (when, random ids, hashes over them): their type still counts. */
const IGNORED: Record<string, string[]> = {
  Delivery: ["firstImportedAt"],
  DetectionRun: ["id", "startedAt", "finishedAt", "durationMs"],
  StoredHit: ["id", "runId", "newAt"],
  HitChange: ["at", "runId"],
  AuditEvent: ["id", "at", "hash", "prevHash", "operation"],
  AuditHead: ["hash"],
  Migration: ["appliedAt"],
  MigrationLock: ["asked", "since", "holder"],
  DetectionLock: ["asked", "pid", "host"],
  // a household's sort value is an HMAC under its database's own key (src/graph/order-keys.ts): checked apart (orderKeysHold)
  Household: ["orderKey"],
  OrderSecret: ["value"],
};

/** Whether every household carries the sort value its database's key gives its id. */
export async function orderKeysHold(graph: Graph): Promise<boolean> {
  const keyOf = await householdOrderKeys(graph);
  const rows = await graph.read({ name: "test-every-order-key", text: "MATCH (h:Household) RETURN h.id AS id, h.orderKey AS key" });
  return rows.length > 0 && rows.every((r) => r.key === keyOf(r.id as string));
}

type Typed = [key: string, type: string, value: unknown];

/**
 * A whole store as sorted text lines: each node as its labels and typed properties, each
 * relationship as its type, its two ends (as their lines) and typed properties. Internal element
 * ids and the IGNORED values are left out; a property of another type (an integer stored as a
 * float, a date as a string) is another line.
 */
export async function canonicalGraph(graph: Graph): Promise<{ nodes: string[]; relationships: string[] }> {
  const [row] = await graph.read(cypher("../tests/support/canonical-graph.cypher"));
  const lineOf = new Map<string, string>();
  for (const [id, labels, props] of row?.nodes as [string, string[], Typed[]][]) {
    const ignored = new Set(labels.flatMap((l) => IGNORED[l] ?? []));
    lineOf.set(id, `(${[...labels].sort().join(":")} ${propsText(props, ignored)})`);
  }
  const relationships = (row?.relationships as [string, string, string, Typed[]][]).map(
    ([type, from, to, props]) => `${lineOf.get(from)}-[:${type} ${propsText(props, new Set())}]->${lineOf.get(to)}`,
  );
  return { nodes: [...lineOf.values()].sort(), relationships: relationships.sort() };
}

function propsText(props: Typed[], ignored: Set<string>): string {
  const sorted = [...props].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(sorted.map(([k, type, v]) => [k, type, ignored.has(k) ? "(differs)" : v]));
}

/** The lines of one list missing from the other, both ways (a multiset difference), at most `limit` each. */
export function difference(a: string[], b: string[], limit = 5): { onlyFirst: string[]; onlySecond: string[] } {
  const count = new Map<string, number>();
  for (const line of b) count.set(line, (count.get(line) ?? 0) + 1);
  const onlyFirst: string[] = [];
  for (const line of a) {
    const n = count.get(line) ?? 0;
    if (n) count.set(line, n - 1);
    else onlyFirst.push(line);
  }
  const onlySecond = [...count].flatMap(([line, n]) => Array<string>(n).fill(line));
  return { onlyFirst: onlyFirst.slice(0, limit), onlySecond: onlySecond.slice(0, limit) };
}

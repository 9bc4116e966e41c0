import { cypher } from "../graph/cypher";
import type { Graph } from "../graph/gateway";
import { inPieces } from "../graph/in-pieces";
import type { DeliveryKeys } from "./delivery-check";

const TOUCHED = cypher("import/queries/households-touched.cypher");

/**
 * The households a delivery may change, as the graph links them now: its own households, its
 * persons' households (every membership), and the subjects of its help, events and outcomes.
 * Asked before and after the write, the union also holds a record's old subject.
 */
export async function householdsTouched(graph: Graph, keys: DeliveryKeys): Promise<string[]> {
  const { households, persons, interventions, events, outcomes } = keys;
  const touched = new Set<string>();
  for (const piece of inPieces({ households, persons, interventions, events, outcomes }, 20_000)) {
    const [row] = await graph.read(TOUCHED, piece);
    for (const id of (row?.households as string[] | undefined) ?? []) touched.add(id);
  }
  return [...touched];
}

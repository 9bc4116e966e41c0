import { cypher } from "../graph/cypher";
import type { Graph } from "../graph/gateway";
import { inPieces } from "../graph/in-pieces";
import type { DeliveryKeys } from "./delivery-check";
import type { StoredIds } from "./references";

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

/**
 * Of a delivery's keys, those stored before it is written: only these can have an old subject,
 * so asking before the write about the others (all of a first load) is work that finds nothing.
 */
export function storedBefore(keys: DeliveryKeys, stored: StoredIds): DeliveryKeys | null {
  const old: DeliveryKeys = {
    households: keys.households.filter((id) => stored.households.has(id)),
    persons: keys.persons.filter((id) => stored.persons.has(id)),
    interventions: keys.interventions.filter((id) => stored.interventions.has(id)),
    events: keys.events.filter((id) => stored.events.has(id)),
    outcomes: keys.outcomes.filter((id) => stored.outcomes.has(id)),
    audit: keys.audit,
  };
  return old.households.length || old.persons.length || old.interventions.length || old.events.length || old.outcomes.length ? old : null;
}

import { cypher } from "../graph/cypher";
import type { Graph } from "../graph/gateway";
import { inPieces } from "../graph/in-pieces";
import type { AgencyRecord } from "../import/dataset";
import type { DeliveryKeys } from "../import/delivery-check";

const TOUCHED = cypher("hits/queries/households-touched.cypher");
const AGENCIES = cypher("hits/queries/existing-agencies.cypher");

/**
 * The households whose patterns a delivery may change, as the graph links them now: its own
 * households, its persons' households (every membership), and the subjects of its help, events
 * and outcomes. Asked before and after the write, the union also holds a record's old subject.
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
 * Whether the delivery changes an agency already stored: its domains decide which referrals follow
 * a signal up, and its name is in every explanation, so any household may change and only a full
 * run is right. An agency sent again unchanged (as deliveries do) changes nothing.
 */
export async function changesKnownAgencies(graph: Graph, agencies: readonly AgencyRecord[]): Promise<boolean> {
  if (!agencies.length) return false;
  const stored = new Map((await graph.read(AGENCIES, { ids: agencies.map((a) => a.id) })).map((r) => [r.id as string, r]));
  const same = (a: string[], b: string[]) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);
  return agencies.some((a) => {
    const known = stored.get(a.id);
    return known !== undefined && (known.name !== a.name || !same((known.domains as string[]) ?? [], a.domains ?? []));
  });
}

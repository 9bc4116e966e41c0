import { cypher } from "../graph/cypher";
import type { Graph } from "../graph/gateway";
import type { Dataset } from "../import/dataset";

const TOUCHED = cypher("hits/queries/households-touched.cypher");
const AGENCIES = cypher("hits/queries/existing-agencies.cypher");

/**
 * The households whose patterns a delivery may change, as the graph links them now: its own
 * households, its persons' households (every membership), and the subjects of its help, events
 * and outcomes. Asked before and after the write, the union also holds a record's old subject.
 */
export async function householdsTouched(graph: Graph, d: Dataset): Promise<string[]> {
  const [row] = await graph.read(TOUCHED, {
    households: [...(d.households ?? []), ...(d.coordinators ?? []), ...(d.consents ?? [])].map((r) => ("householdId" in r ? r.householdId : r.id)),
    persons: [...(d.persons ?? []).map((p) => p.id), ...(d.memberships ?? []).map((m) => m.personId)],
    interventions: (d.interventions ?? []).map((i) => i.id),
    events: (d.events ?? []).map((e) => e.id),
    outcomes: (d.outcomes ?? []).map((o) => o.id),
  });
  return (row?.households as string[] | undefined) ?? [];
}

/**
 * Whether the delivery changes an agency already stored: its domains decide which referrals follow
 * a signal up, and its name is in every explanation, so any household may change and only a full
 * run is right. An agency sent again unchanged (as deliveries do) changes nothing.
 */
export async function changesKnownAgencies(graph: Graph, d: Dataset): Promise<boolean> {
  if (!d.agencies?.length) return false;
  const stored = new Map((await graph.read(AGENCIES, { ids: d.agencies.map((a) => a.id) })).map((r) => [r.id as string, r]));
  const same = (a: string[], b: string[]) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);
  return d.agencies.some((a) => {
    const known = stored.get(a.id);
    return known !== undefined && (known.name !== a.name || !same((known.domains as string[]) ?? [], a.domains ?? []));
  });
}

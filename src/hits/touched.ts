import { cypher } from "../graph/cypher";
import type { Graph } from "../graph/gateway";
import type { AgencyRecord } from "../import/dataset";

const AGENCIES = cypher("hits/queries/existing-agencies.cypher");

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

import { summarise } from "../detectors/summary";
import type { Hit, PatternKind } from "../detectors/types";
import { cypher } from "../graph/cypher";
import type { Graph } from "../graph/gateway";

const SUMMARY = cypher("hits/queries/stored-summary.cypher");

/**
 * The stored hits counted as the live summary counts them (not gone: per kind, neighbourhood and
 * agency in the evidence), plus every kind's hits per status, as of the last run.
 */
export async function storedSummary(graph: Graph, kinds: PatternKind[], today: string) {
  const [row] = await graph.read(SUMMARY);
  const hits = (row?.hits as { kind: PatternKind; neighbourhoods: string[]; agencyIds: string[] }[]).map(
    (h) => ({ kind: h.kind, neighbourhoods: h.neighbourhoods ?? [], evidence: (h.agencyIds ?? []).map((agencyId) => ({ agencyId })) }) as unknown as Hit,
  );
  const statuses = (row?.statuses as { kind: PatternKind; status: string; hits: number }[])
    .sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.status < b.status ? -1 : 1));
  return { asOf: (row?.asOf as string | null) ?? today, ...summarise(kinds, hits), statuses };
}

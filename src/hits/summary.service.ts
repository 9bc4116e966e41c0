import type { Summary } from "../detectors/summary";
import type { PatternKind } from "../detectors/types";
import { cypher } from "../graph/cypher";
import type { Graph } from "../graph/gateway";

const SUMMARISE = cypher("hits/queries/summarise-stored.cypher");
const STATUSES = cypher("hits/queries/status-counts.cypher");

type Counted = { hits: number } & Record<string, string | number>;
const byCount = (key: (x: Counted) => string) => (a: Counted, b: Counted): number =>
  b.hits - a.hits || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/**
 * The stored hits (not gone) counted per kind, neighbourhood and agency, as the live summary counts
 * them. Only a run changes these (triage never makes a hit gone), so each run computes them once
 * and keeps them (JSON) on its DetectionRun node.
 */
export async function summariseStored(graph: Graph, kinds: PatternKind[]): Promise<Summary> {
  const [row] = await graph.read(SUMMARISE);
  const counted = new Map((row?.kinds as { kind: PatternKind; hits: number }[]).map((k) => [k.kind, k.hits]));
  return {
    kinds: kinds.map((kind) => ({ kind, hits: counted.get(kind) ?? 0 })),
    neighbourhoods: (row?.neighbourhoods as Counted[]).sort(byCount((x) => `${x.kind} ${x.neighbourhood}`)) as unknown as Summary["neighbourhoods"],
    agencies: (row?.agencies as Counted[]).sort(byCount((x) => `${x.kind} ${x.agencyId}`)) as unknown as Summary["agencies"],
  };
}

/** patternSummary from the stored hits: the last run's counts, and the statuses as they are now. */
export async function storedSummary(graph: Graph, kinds: PatternKind[], today: string) {
  const [row] = await graph.read(STATUSES);
  const summary: Summary = row?.summary ? (JSON.parse(row.summary as string) as Summary) : { kinds: kinds.map((kind) => ({ kind, hits: 0 })), neighbourhoods: [], agencies: [] };
  const statuses = (row?.statuses as { kind: PatternKind; status: string; hits: number }[])
    .sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.status < b.status ? -1 : 1));
  return { asOf: (row?.asOf as string | null) ?? today, ...summary, statuses };
}

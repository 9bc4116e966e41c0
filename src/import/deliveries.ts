import type { Graph } from "../graph/gateway";
import type { Dataset } from "./dataset";
import { importDataset, type ImportOutcome } from "./import.service";

/**
 * Deliveries written at the same time. Two keep both cores busy (Neo4j runs one query on one core;
 * validating the next delivery overlaps writing this one): 11,400 -> 15,000 records/s at 100,000
 * households. Three are slower: their transactions wait on the same agencies' locks.
 */
export const WRITERS = 2;

/**
 * Imports a series of deliveries (a generated municipality): the first alone, since the others
 * refer to its agencies and professionals; the rest, which are independent of each other, WRITERS
 * at a time. A rejected delivery stops it with its first problems. Returns how many records came in.
 */
export async function importDeliveries(graph: Graph, deliveries: Iterator<Dataset>, today: string, done: (d: Dataset, outcome: ImportOutcome) => void = () => undefined): Promise<number> {
  let records = 0;
  const write = async (delivery: Dataset): Promise<void> => {
    const outcome = await importDataset(graph, delivery, today);
    if (!outcome.ok) throw new Error(`delivery ${delivery.source} was rejected: ${outcome.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join("; ")}`);
    records += outcome.counts.reduce((n, c) => n + c.received, 0);
    done(delivery, outcome);
  };
  const first = deliveries.next();
  if (first.done) return 0;
  await write(first.value);
  await Promise.all(Array.from({ length: WRITERS }, async () => {
    for (let next = deliveries.next(); !next.done; next = deliveries.next()) await write(next.value);
  }));
  return records;
}

import { cypher, type CypherQuery } from "../graph/cypher";
import { CONSTRAINT_FAILED, type Graph, type Tx } from "../graph/gateway";
import { RECORD_KINDS, type RecordKind } from "./dataset";
import { InternalError } from "../errors";
import { logger } from "../logger";
import { retryConflicts } from "./conflicts";
import type { StoredIds } from "./references";
import { rowsOf, type WriteRow } from "./rows";
import { householdOrderKeys, type OrderKeyOf } from "../graph/order-keys";
import { totalOf, type DeliveryRecords } from "./records";

/** Rows per UNWIND: large enough to be fast, small enough to keep a transaction's memory bounded and two batches of a stage side by side (5,000: 21-23k records/s; 10,000: 20-21k; 2,000 alone: 9,200). */
export const BATCH_SIZE = 5000;
/** Deliveries up to this many records are written in one transaction; larger ones batch by batch. */
export const SINGLE_TRANSACTION_LIMIT = 50_000;

const QUERIES: Record<RecordKind, CypherQuery> = Object.fromEntries(
  RECORD_KINDS.map((k) => [k, cypher(`import/queries/upsert-${k}.cypher`)]),
) as Record<RecordKind, CypherQuery>;
/** For records that cannot be stored yet: created, with no MERGE and no old links to look for (about a quarter less work). */
const CREATES: Partial<Record<RecordKind, CypherQuery>> = Object.fromEntries(
  (["households", "persons", "memberships", "interventions", "events", "outcomes"] as const).map((k) => [k, cypher(`import/queries/create-${k}.cypher`)]),
);
const LINK_RELATED = cypher("import/queries/link-related-events.cypher");
const DELIVERY = cypher("import/queries/upsert-delivery.cypher");

export interface KindCount { kind: RecordKind; received: number; created: number }

export interface WriteOptions {
  batchSize?: number;
  singleTransactionLimit?: number;
  onProgress?: (done: number, total: number) => void;
  /** Asked to stop (SIGTERM): a large delivery stops at the next batch boundary, a small one writes nothing. */
  signal?: AbortSignal;
  /** Which of the delivery's ids are stored already (the import's lookup): the others are created outright. Absent: all are merged. */
  stored?: StoredIds;
  /**
   * Writes that belong to the same delivery but are not records of the format (the bookkeeping of
   * iJw/iWmo messages): after every record, in the same transaction, or batch by batch after the
   * records when the delivery is large. Each must be idempotent, as the records' writes are.
   */
  also?: ExtraWrite[];
  /** Each query run, with its rows and how long it took (benchmarks say where an import's time goes). */
  onStep?: (query: string, rows: number, ms: number) => void;
  /** false: the Delivery node and the data version are the caller's (the initial import writes them with the store). */
  writeDelivery?: boolean;
}

/** One extra write: a query run once per batch of its rows (`$rows`). */
export interface ExtraWrite { query: CypherQuery; rows: Array<Record<string, unknown>> }

/** An import stopped on request between two batches; importing the same delivery again finishes it. */
export class ImportStopped extends Error {
  constructor(readonly done: number, readonly total: number, where = `stopped at a batch boundary after ${done} of ${total} records`) {
    super(`${where}; import the same delivery again to finish it`);
  }
}

interface Step { query: CypherQuery; kind: RecordKind | undefined; rows: WriteRow[] }
/** The steps of one query kind, which depend only on the stages before them: their batches can run side by side. */
type Stage = AsyncIterable<Step>;

/** Batches of one stage written at the same time (a large delivery): Neo4j runs each on a core of its own. */
const BATCH_WRITERS = 2;

/** Whether a row cannot be stored yet: its id is not, or (a membership) its person or household is new. */
function isNew(kind: RecordKind, row: WriteRow, stored: StoredIds): boolean {
  if (kind === "memberships") return !stored.persons.has(row.personId as string) || !stored.households.has(row.householdId as string);
  const ids = stored[kind as keyof StoredIds] as Set<string> | Map<string, string> | undefined;
  return ids !== undefined && !ids.has(row.id as string);
}

/** A kind's records, batch by batch: those stored already merged, the others created outright. */
async function* kindSteps(kind: RecordKind, records: DeliveryRecords, size: number, stored: StoredIds | undefined, orderKeyOf: OrderKeyOf): Stage {
  const create = stored ? CREATES[kind] : undefined;
  for await (const batch of records.batches(kind, size)) {
    const rows = rowsOf(kind, batch.map((b) => b.record));
    // a household's place in pseudonymised lists is stored with it (src/graph/order-keys.ts)
    if (kind === "households") for (const row of rows) row.props.orderKey = orderKeyOf(row.id as string);
    const known: WriteRow[] = [];
    const fresh: WriteRow[] = [];
    for (const row of rows) (create && stored && isNew(kind, row, stored) ? fresh : known).push(row);
    if (known.length) yield { query: QUERIES[kind], kind, rows: known };
    if (create && fresh.length) yield { query: create, kind, rows: fresh };
  }
}

/** After every event is in: the concessions' links to their escalations (a new event has no old link to remove). */
async function* relatedSteps(records: DeliveryRecords, size: number, stored: StoredIds | undefined): Stage {
  for await (const batch of records.batches("events", size)) {
    const rows = rowsOf("events", batch.map((b) => b.record))
      .filter((r) => r.relatedEventId || !stored || !isNew("events", r, stored))
      .map((r) => ({ id: r.id, relatedEventId: r.relatedEventId, props: {} }));
    if (rows.length) yield { query: LINK_RELATED, kind: undefined, rows };
  }
}

async function* extraSteps(extra: ExtraWrite, size: number): Stage {
  for (let i = 0; i < extra.rows.length; i += size) yield { query: extra.query, kind: undefined, rows: extra.rows.slice(i, i + size) as WriteRow[] };
}

function stages(records: DeliveryRecords, size: number, stored: StoredIds | undefined, orderKeyOf: OrderKeyOf, also: ExtraWrite[] = []): Stage[] {
  return [
    ...RECORD_KINDS.flatMap((kind) => {
      const stage = kindSteps(kind, records, size, stored, orderKeyOf);
      return kind === "events" ? [stage, relatedSteps(records, size, stored)] : [stage];
    }),
    ...also.map((extra) => extraSteps(extra, size)),
  ];
}

/**
 * Writes a checked delivery. What is stored already is MERGEd on stable keys and what cannot be
 * yet is created; either way writing the same records again changes nothing (the second time every
 * record is stored, so merged): a large delivery interrupted half-way is finished by importing it again.
 */
export async function writeRecords(
  graph: Graph,
  source: string,
  records: DeliveryRecords,
  options: WriteOptions = {},
): Promise<KindCount[]> {
  const size = options.batchSize ?? BATCH_SIZE;
  const orderKeyOf = await householdOrderKeys(graph);
  try {
    return await writePlan(graph, source, records, options, () => stages(records, size, options.stored, orderKeyOf, options.also));
  } catch (error) {
    // another writer stored one of the new records since the lookup: write again, merging every record (idempotent)
    if (!options.stored || !(error instanceof InternalError && error.databaseCode === CONSTRAINT_FAILED)) throw error;
    logger.info("another import stored one of this delivery's new records first: writing it again, merging every record");
    return writePlan(graph, source, records, options, () => stages(records, size, undefined, orderKeyOf, options.also));
  }
}

async function writePlan(
  graph: Graph,
  source: string,
  records: DeliveryRecords,
  options: WriteOptions,
  plan: () => Stage[],
): Promise<KindCount[]> {
  const { singleTransactionLimit = SINGLE_TRANSACTION_LIMIT, onProgress = () => undefined } = options;
  const counts = Object.fromEntries(RECORD_KINDS.map((k) => [k, records.count(k)]));
  const total = totalOf(records);
  const created = new Map<RecordKind, number>(RECORD_KINDS.map((k) => [k, 0]));
  const run = async (tx: Tx, step: Step): Promise<void> => {
    const started = options.onStep ? Date.now() : 0;
    const result = await tx.runCounting(step.query, { rows: step.rows, source });
    options.onStep?.(step.query.name, step.rows.length, Date.now() - started);
    if (step.kind) {
      const isRelationship = step.kind === "memberships" || step.kind === "coordinators";
      created.set(step.kind, (created.get(step.kind) ?? 0) + (isRelationship ? result.relationshipsCreated : result.nodesCreated));
    }
  };

  const extra = (options.also ?? []).reduce((n, e) => n + e.rows.length, 0);
  if (total + extra <= singleTransactionLimit) {
    // every row made before the transaction begins: it then holds its locks (the agencies, shared with other deliveries) only while Neo4j works
    const steps: Step[] = [];
    for (const stage of plan()) for await (const step of stage) steps.push(step);
    await retryConflicts("import-delivery", () => graph.writeTx("import-delivery", async (tx) => {
      created.forEach((_, k) => created.set(k, 0)); // a retried transaction counts afresh
      let done = 0;
      for (const step of steps) {
        if (options.signal?.aborted) throw new ImportStopped(0, total); // rolled back: all or nothing
        await run(tx, step);
        if (step.kind) onProgress((done += step.rows.length), total);
      }
      // last: the data version's lock is then held only while committing, so deliveries can be written side by side
      if (options.writeDelivery !== false) await tx.run(DELIVERY, { source, status: "COMPLETE", records: counts });
    }));
  } else {
    if (options.signal?.aborted) throw new ImportStopped(0, total);
    const delivery = (status: string) => options.writeDelivery === false ? Promise.resolve([]) : graph.write(DELIVERY, { source, status, records: counts });
    await retryConflicts("import-delivery", () => delivery("IN_PROGRESS"));
    let done = 0;
    for (const stage of plan()) {
      // a stage's batches are independent of each other: BATCH_WRITERS at a time, taking turns at reading them
      const steps = stage[Symbol.asyncIterator]();
      let failed = false;
      const writers = await Promise.allSettled(Array.from({ length: BATCH_WRITERS }, async () => {
        for (let next = await steps.next(); !next.done && !failed && !options.signal?.aborted; next = await steps.next()) {
          const step = next.value;
          try {
            await retryConflicts("import-batch", () => graph.writeTx("import-batch", (tx) => run(tx, step)));
            if (step.kind) onProgress((done += step.rows.length), total);
          } catch (error) {
            failed = true; // the other writer takes no further batch
            throw error;
          }
        }
      }));
      await steps.return?.(undefined); // stops reading the records when a stop or a failure ended the stage early
      const failure = writers.find((w) => w.status === "rejected");
      if (failure) throw failure.reason; // only once the other writer's batch is in (or out), never while it runs
      // asked to stop: once the batches under way are in (the delivery stays IN_PROGRESS)
      if (options.signal?.aborted) throw new ImportStopped(done, total);
    }
    await retryConflicts("import-delivery", () => delivery("COMPLETE"));
  }
  return RECORD_KINDS.map((kind) => ({ kind, received: records.count(kind), created: created.get(kind) ?? 0 }));
}

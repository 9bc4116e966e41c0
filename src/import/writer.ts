import { cypher, type CypherQuery } from "../graph/cypher";
import type { Graph, Tx } from "../graph/gateway";
import { RECORD_KINDS, type RecordKind } from "./dataset";
import { InternalError } from "../errors";
import type { StoredIds } from "./references";
import type { WriteRow } from "./rows";

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
}

/** An import stopped on request between two batches; importing the same delivery again finishes it. */
export class ImportStopped extends Error {
  constructor(readonly done: number, readonly total: number) {
    super(`stopped at a batch boundary after ${done} of ${total} records; import the same delivery again to finish it`);
  }
}

interface Step { query: CypherQuery; kind: RecordKind | undefined; rows: WriteRow[] }

/** Batches of one stage written at the same time (a large delivery): Neo4j runs each on a core of its own. */
const BATCH_WRITERS = 2;

/** The plan as stages: the steps of one query, which depend only on the stages before them. */
function stages(plan: Step[]): Step[][] {
  const out: Step[][] = [];
  for (const step of plan) {
    const last = out[out.length - 1];
    if (last?.[0]?.query === step.query) last.push(step);
    else out.push([step]);
  }
  return out;
}

/** Whether a row cannot be stored yet: its id is not, or (a membership) its person or household is new. */
function isNew(kind: RecordKind, row: WriteRow, stored: StoredIds): boolean {
  if (kind === "memberships") return !stored.persons.has(row.personId as string) || !stored.households.has(row.householdId as string);
  const ids = stored[kind as keyof StoredIds] as Set<string> | Map<string, string> | undefined;
  return ids !== undefined && !ids.has(row.id as string);
}

function steps(rows: Record<RecordKind, WriteRow[]>, size: number, stored: StoredIds | undefined): Step[] {
  const out: Step[] = [];
  const add = (query: CypherQuery, kind: RecordKind | undefined, list: WriteRow[]): void => {
    for (let i = 0; i < list.length; i += size) out.push({ query, kind, rows: list.slice(i, i + size) });
  };
  for (const kind of RECORD_KINDS) {
    const create = CREATES[kind];
    const fresh = new Set(create && stored ? rows[kind].filter((r) => isNew(kind, r, stored)) : []);
    add(QUERIES[kind], kind, fresh.size ? rows[kind].filter((r) => !fresh.has(r)) : rows[kind]);
    if (create) add(create, kind, [...fresh]);
    if (kind === "events") {
      // a new event has no old link to remove: only those that point somewhere need this step
      const related = rows.events.filter((r) => r.relatedEventId || !stored || !isNew("events", r, stored));
      add(LINK_RELATED, undefined, related.map((r) => ({ id: r.id, relatedEventId: r.relatedEventId, props: {} })));
    }
  }
  return out;
}

/**
 * Writes a validated delivery. What is stored already is MERGEd on stable keys and what cannot be
 * yet is created; either way writing the same rows again changes nothing (the second time every
 * record is stored, so merged): a large delivery interrupted half-way is finished by importing it again.
 */
export async function writeRows(
  graph: Graph,
  source: string,
  rows: Record<RecordKind, WriteRow[]>,
  options: WriteOptions = {},
): Promise<KindCount[]> {
  try {
    return await writePlan(graph, source, rows, options, steps(rows, options.batchSize ?? BATCH_SIZE, options.stored));
  } catch (error) {
    // another writer stored one of the new records since the lookup: write again, merging every record (idempotent)
    if (!options.stored || !(error instanceof InternalError && error.databaseCode === CONSTRAINT_FAILED)) throw error;
    return writePlan(graph, source, rows, options, steps(rows, options.batchSize ?? BATCH_SIZE, undefined));
  }
}

const CONSTRAINT_FAILED = "Neo.ClientError.Schema.ConstraintValidationFailed";

async function writePlan(
  graph: Graph,
  source: string,
  rows: Record<RecordKind, WriteRow[]>,
  options: WriteOptions,
  plan: Step[],
): Promise<KindCount[]> {
  const { singleTransactionLimit = SINGLE_TRANSACTION_LIMIT, onProgress = () => undefined } = options;
  const records = Object.fromEntries(RECORD_KINDS.map((k) => [k, rows[k].length]));
  const total = RECORD_KINDS.reduce((n, k) => n + rows[k].length, 0);
  const created = new Map<RecordKind, number>(RECORD_KINDS.map((k) => [k, 0]));
  const run = async (tx: Tx, step: Step): Promise<void> => {
    const result = await tx.runCounting(step.query, { rows: step.rows, source });
    if (step.kind) {
      const isRelationship = step.kind === "memberships" || step.kind === "coordinators";
      created.set(step.kind, (created.get(step.kind) ?? 0) + (isRelationship ? result.relationshipsCreated : result.nodesCreated));
    }
  };

  if (total <= singleTransactionLimit) {
    await graph.writeTx("import-delivery", async (tx) => {
      created.forEach((_, k) => created.set(k, 0)); // a retried transaction counts afresh
      let done = 0;
      for (const step of plan) {
        if (options.signal?.aborted) throw new ImportStopped(0, total); // rolled back: all or nothing
        await run(tx, step);
        if (step.kind) onProgress((done += step.rows.length), total);
      }
      // last: the data version's lock is then held only while committing, so deliveries can be written side by side
      await tx.run(DELIVERY, { source, status: "COMPLETE", records });
    });
  } else {
    await graph.write(DELIVERY, { source, status: "IN_PROGRESS", records });
    let done = 0;
    for (const stage of stages(plan)) {
      // a stage's batches are independent of each other: BATCH_WRITERS at a time
      const queue = [...stage];
      const writers = await Promise.allSettled(Array.from({ length: BATCH_WRITERS }, async () => {
        for (let step = queue.shift(); step && !options.signal?.aborted; step = queue.shift()) {
          try {
            await graph.writeTx("import-batch", (tx) => run(tx, step));
            if (step.kind) onProgress((done += step.rows.length), total);
          } catch (error) {
            queue.length = 0; // the other writer takes no further batch
            throw error;
          }
        }
      }));
      const failed = writers.find((w) => w.status === "rejected");
      if (failed) throw failed.reason; // only once the other writer's batch is in (or out), never while it runs
      // asked to stop: once the batches under way are in (the delivery stays IN_PROGRESS)
      if (options.signal?.aborted) throw new ImportStopped(done, total);
    }
    await graph.write(DELIVERY, { source, status: "COMPLETE", records });
  }
  return RECORD_KINDS.map((kind) => ({ kind, received: rows[kind].length, created: created.get(kind) ?? 0 }));
}

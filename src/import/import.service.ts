import { cypher } from "../graph/cypher";
import type { Graph } from "../graph/gateway";
import { inPieces } from "../graph/in-pieces";
import { logger } from "../logger";
import type { ImportProblem } from "./dataset";
import { DeliveryCheck, type DeliveryKeys, type LookupIds } from "./delivery-check";
import { fromValue, type Intake } from "./intake";
import type { DeliveryRecords } from "./records";
import type { StoredIds } from "./references";
import { writeRecords, type KindCount, type WriteOptions } from "./writer";
import { retryConflicts } from "./conflicts";
import { householdsTouched, storedBefore } from "./touched";
import { refreshReach } from "../graph/help-reach";

export interface ImportOutcome {
  ok: boolean;
  source: string | undefined;
  errors: ImportProblem[];
  counts: KindCount[];
  /** What the delivery touched (households, persons, ...); empty when it was refused. */
  keys: DeliveryKeys | undefined;
  /** The households whose records it changed, old subjects included (written only). */
  households?: string[];
}

/** A delivery checked in full and found fit to write. */
export interface Accepted {
  ok: true;
  source: string;
  records: DeliveryRecords;
  stored: StoredIds;
  keys: DeliveryKeys;
  /** The delivery's agencies (few): whether it changes a stored one decides how much to re-detect. */
  agencies: DeliveryCheck["agencies"];
  dispose(): Promise<void>;
}
export interface Refused { ok: false; source: string | undefined; errors: ImportProblem[] }

const EXISTING = cypher("import/queries/existing-ids.cypher");
/** Ids per kind in one lookup: a delivery of a million records is looked up in pieces. */
const LOOKUP_CHUNK = 20_000;

/**
 * Checks a delivery completely (schema, rules, references against what is stored). Accepted, it
 * still holds its records (in memory or spooled): write it with `writeAccepted`, then `dispose` it.
 */
export function checkDelivery(graph: Graph, intake: Intake, today: string): Promise<Accepted | Refused> {
  return checkDeliveryAgainst(intake, today, (ids) => lookUpStored(graph, ids));
}

/**
 * The same check, with what counts as stored answered by `lookUp` (the initial import: the
 * deliveries before this one, held in memory, for a database that is still to be built).
 */
export async function checkDeliveryAgainst(intake: Intake, today: string, lookUp: (ids: LookupIds) => Promise<StoredIds>): Promise<Accepted | Refused> {
  const check = new DeliveryCheck(today);
  const taken = await intake(check);
  const refuse = async (errors: ImportProblem[]): Promise<Refused> => {
    await taken.dispose();
    return { ok: false, source: check.source, errors };
  };
  if (!check.shapeIsRight) return refuse(check.shapeProblems());
  const stored = await lookUp(check.lookupIds());
  const problems = await check.problems(stored, taken.records);
  if (problems.length || check.source === undefined) return refuse(problems);
  return {
    ok: true, source: check.source, records: taken.records, stored, keys: check.keysTouched(), agencies: check.agencies, dispose: taken.dispose,
  };
}

/**
 * Writes an accepted delivery, all or nothing (a large one batch by batch, resumable), then sets
 * again the reach of every household it touched (src/graph/help-reach.ts). A failure between the two
 * leaves that reach as it was until the next full run; importing the delivery again mends it too.
 */
export async function writeAccepted(graph: Graph, delivery: Accepted, options: WriteOptions = {}): Promise<ImportOutcome> {
  const started = Date.now();
  // asked before the write too, of what was stored already: the union also holds a record's old subject
  const old = storedBefore(delivery.keys, delivery.stored);
  const before = old ? await householdsTouched(graph, old) : [];
  const counts = await writeRecords(graph, delivery.source, delivery.records, { ...options, stored: delivery.stored });
  const households = [...new Set([...before, ...(await householdsTouched(graph, delivery.keys))])];
  await retryConflicts("help-reach", () => refreshReach(graph, households));
  logger.info(
    { records: counts.reduce((n, c) => n + c.received, 0), created: counts.reduce((n, c) => n + c.created, 0), ms: Date.now() - started },
    "delivery imported",
  );
  return { ok: true, source: delivery.source, errors: [], counts, keys: delivery.keys, households };
}

/** Checks a delivery and writes it only when there is nothing to report: a delivery with problems writes nothing. */
export async function importDelivery(graph: Graph, intake: Intake, today: string, options: WriteOptions = {}): Promise<ImportOutcome> {
  const checked = await checkDelivery(graph, intake, today);
  if (!checked.ok) return { ...checked, counts: [], keys: undefined };
  try {
    return await writeAccepted(graph, checked, options);
  } finally {
    await checked.dispose();
  }
}

/** A delivery held in memory (the mutation, the seed, tests). */
export function importDataset(graph: Graph, input: unknown, today: string, options: WriteOptions = {}): Promise<ImportOutcome> {
  return importDelivery(graph, fromValue(input), today, options);
}

async function lookUpStored(graph: Graph, ids: LookupIds): Promise<StoredIds> {
  const stored: StoredIds = {
    agencies: new Set(), professionals: new Set(), households: new Set(), persons: new Set(),
    interventions: new Map(), events: new Map(), outcomes: new Set(), consents: new Set(),
  };
  for (const piece of inPieces(ids, LOOKUP_CHUNK)) {
    const [row] = await graph.read(EXISTING, piece);
    const list = <T>(key: string): T[] => (row?.[key] as T[] | undefined) ?? [];
    for (const kind of ["agencies", "professionals", "households", "persons", "outcomes", "consents"] as const) {
      for (const id of list<string>(kind)) stored[kind].add(id);
    }
    for (const r of list<{ id: string; start: string }>("interventions")) stored.interventions.set(r.id, r.start);
    for (const r of list<{ id: string; type: string }>("events")) stored.events.set(r.id, r.type);
  }
  return stored;
}

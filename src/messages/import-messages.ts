import crypto from "node:crypto";
import { installationBsnKey, type BsnKey } from "../access/bsn";
import { cypher } from "../graph/cypher";
import type { Graph } from "../graph/gateway";
import { inPieces } from "../graph/in-pieces";
import { importAndDetect, type ImportAndDetect } from "../hits/import-and-detect";
import type { ImportProblem } from "../import/dataset";
import { fromValue } from "../import/intake";
import { ImportStopped, type WriteOptions } from "../import/writer";
import type { RunRequest } from "../hits/run.service";
import { allocationKey, chain, municipalityOf, providerOf, requestEventId, type AllocationState, type MessageProblem, type Received, type Stored } from "./chain";
import { interventionId, mapMessages, type Known } from "./mapping";
import { MessageReader, type MessageText } from "./read-batch";

const STORED = cypher("messages/queries/stored-for-messages.cypher");
const DUE = cypher("messages/queries/due-allocations.cypher");
const ALSO = {
  allocations: cypher("messages/queries/upsert-allocations.cypher"),
  messages: cypher("messages/queries/upsert-messages.cypher"),
  ownHouseholds: cypher("messages/queries/mark-own-households.cypher"),
  withdrawn: cypher("messages/queries/withdraw-signals.cypher"),
  withdrawnInterventions: cypher("messages/queries/withdraw-interventions.cypher"),
};
/** Keys per lookup: a folder of a million messages is looked up in pieces. */
const LOOKUP_CHUNK = 20_000;
/** Problems reported at most: a folder with one mistake made everywhere need not list it 100,000 times. */
export const MAX_PROBLEMS = 1000;
/** Not-started allocations turned into signals per import (the rest wait for the next). */
const DUE_LIMIT = 100_000;

export interface MessagesOutcome extends ImportAndDetect {
  /** messages read; new ones; repeats of messages received before (they change nothing); of types not read (return messages, claims: skipped) */
  messages: { received: number; created: number; repeated: number; skipped: number };
  /** the skipped ones per standard and type ("iJw 302") */
  skipped: Map<string, number>;
  /** messages set aside (setAsideUnknown), with what they refer to: not applied, not received */
  setAside: ImportProblem[];
}

/** A message problem as the import reports it: `JW307.xml: /Bericht/Client/…/Einddatum` and what. */
export const asImportProblem = (p: MessageProblem): ImportProblem => ({ path: `${p.file}: ${p.path}`, message: p.message });

/**
 * Imports iJw/iWmo 3.2 messages (docs/messages.md), all or nothing: every message is read and
 * checked (XML, namespace and release, XSD, the rules, the chain of allocations against the store)
 * before anything is written; then what they say is written as a delivery is, and the households
 * they touched are detected again. A message received before (same sender and identification, same
 * text) changes nothing.
 */
export async function importMessages(
  graph: Graph, texts: AsyncIterable<MessageText> | Iterable<MessageText>, today: string, trigger: string,
  options: WriteOptions & {
    onRead?: (count: number) => void; onDetect?: RunRequest["onProgress"]; bsn?: BsnKey;
    /** how long each phase took: read (and checked), looked up, chained and mapped, written and detected */
    onPhase?: (phase: "read" | "lookup" | "chain" | "write", ms: number) => void;
    /** set aside (rather than refuse) 305s, 307s and 319s whose allocation or request is not known: an archive that begins late */
    setAsideUnknown?: boolean;
  } = {},
): Promise<MessagesOutcome> {
  const { onRead, onPhase, setAsideUnknown, bsn = installationBsnKey(), ...writeOptions } = options;
  let phaseStart = Date.now();
  const phase = (name: "read" | "lookup" | "chain" | "write"): void => {
    onPhase?.(name, Date.now() - phaseStart);
    phaseStart = Date.now();
  };
  const reader = new MessageReader(today, bsn);
  for await (const text of texts) {
    if (options.signal?.aborted) break;
    await reader.add(text);
    onRead?.(reader.count);
  }
  if (options.signal?.aborted) throw new ImportStopped(0, reader.count, "stopped while reading the messages, before anything was written");
  await reader.finish();
  phase("read");
  const skipped = [...reader.skipped.values()].reduce((n, k) => n + k, 0);
  const counts = (created: number, repeated: number): MessagesOutcome["messages"] => ({ received: reader.count, created, repeated, skipped });
  const refuse = (problems: MessageProblem[]): MessagesOutcome => ({
    outcome: { ok: false, source: undefined, errors: capped(problems), counts: [], keys: undefined }, run: null, messages: counts(0, 0), skipped: reader.skipped, setAside: [],
  });
  if (reader.problems.length) return refuse(reader.problems);
  if (reader.count === skipped) return refuse([{ file: "(import)", path: "(messages)", message: skipped ? "holds no message of a type behangrol reads (301, 305, 307, 315, 317, 319)" : "holds no messages" }]);

  const due = await dueAllocations(graph, today);
  const stored = await lookUp(graph, reader.received, due);
  phase("lookup");
  const chained = chain(reader.received, stored.chain, { setAsideUnknown: setAsideUnknown === true });
  if (chained.problems.length) return refuse(chained.problems);
  if (!chained.fresh.length && !due.some((a) => !chained.allocations.has(a.key))) {
    return { outcome: { ok: true, source: undefined, errors: [], counts: [], keys: undefined }, run: null, messages: counts(0, chained.repeated), skipped: reader.skipped, setAside: chained.setAside.map(asImportProblem) };
  }

  const mapped = mapMessages(chained, stored.known, due.filter((a) => !chained.allocations.has(a.key)), today);
  phase("chain");
  const source = `iJw/iWmo-berichten ${crypto.createHash("sha256").update(chained.fresh.map((r) => r.key).sort().join("\n")).digest("hex").slice(0, 16)}`;
  const result = await importAndDetect(graph, fromValue({ ...mapped.dataset, source }), today, trigger, {
    ...writeOptions,
    also: [
      { query: ALSO.allocations, rows: mapped.allocations.map((a) => ({ key: a.key, interventionId: a.started ? interventionId(a) : null, props: a })) },
      { query: ALSO.ownHouseholds, rows: mapped.ownHouseholds.map((id) => ({ id })) },
      { query: ALSO.withdrawn, rows: mapped.withdrawnSignals.map((id) => ({ id })) },
      { query: ALSO.withdrawnInterventions, rows: mapped.withdrawnInterventions.map((id) => ({ id })) },
      // last: a message counts as received only once all it says is written (an interrupted import is finished by importing again)
      { query: ALSO.messages, rows: mapped.messages },
    ],
  });
  phase("write");
  if (!result.outcome.ok) {
    // the rules above should have caught it: say which record could not be written, as the delivery check saw it
    return { ...result, outcome: { ...result.outcome, errors: result.outcome.errors.map((e) => ({ path: `(mapped) ${e.path}`, message: e.message })) }, messages: counts(0, 0), skipped: reader.skipped, setAside: [] };
  }
  return { ...result, messages: counts(chained.fresh.length, chained.repeated), skipped: reader.skipped, setAside: chained.setAside.map(asImportProblem) };
}

function capped(problems: MessageProblem[]): ImportProblem[] {
  const shown = problems.slice(0, MAX_PROBLEMS).map(asImportProblem);
  if (problems.length > MAX_PROBLEMS) shown.push({ path: "(import)", message: `and ${problems.length - MAX_PROBLEMS} more problems` });
  return shown;
}

async function lookUp(graph: Graph, received: Received[], due: AllocationState[]): Promise<{ chain: Stored; known: Known }> {
  const keys = {
    messages: new Set<string>(), allocations: new Set<string>(), requests: new Set<string>(),
    agbCodes: new Set<string>(), cbsCodes: new Set<string>(), persons: new Set<string>(), professionals: new Set<string>(),
  };
  for (const r of received) {
    const m = r.message;
    keys.messages.add(r.key);
    const [municipality, provider] = [municipalityOf(m), providerOf(m)];
    keys.cbsCodes.add(municipality);
    keys.agbCodes.add(provider);
    keys.professionals.add(`agb-${provider}-team`);
    if (r.personId) keys.persons.add(r.personId);
    const allocation = (n: string): string => allocationKey(m.header.standard, municipality, n);
    if (m.type === "301") for (const a of m.allocated) keys.allocations.add(allocation(a.number.value));
    if (m.type === "305") for (const s of m.started) keys.allocations.add(allocation(s.number.value));
    if (m.type === "307") for (const s of m.stopped) keys.allocations.add(allocation(s.number.value));
    if (m.type === "319") keys.requests.add(requestEventId(m.header.standard, municipality, provider, m.answer.reference.value));
  }
  for (const a of due) {
    keys.cbsCodes.add(a.municipality);
    keys.agbCodes.add(a.provider);
    keys.professionals.add(`agb-${a.provider}-team`);
  }
  const chainPart: Stored = { messages: new Map(), allocations: new Map(), requests: new Map() };
  const known: Known = { providers: new Map(), municipalities: new Map(), persons: new Map(), professionals: new Set() };
  const lists = Object.fromEntries(Object.entries(keys).map(([k, v]) => [k, [...v]])) as Record<keyof typeof keys, string[]>;
  for (const piece of inPieces(lists, LOOKUP_CHUNK)) {
    const [row] = await graph.read(STORED, piece);
    const list = <T>(key: string): T[] => (row?.[key] as T[] | undefined) ?? [];
    for (const m of list<{ key: string; hash: string }>("messages")) chainPart.messages.set(m.key, m.hash);
    for (const a of list<AllocationState>("allocations")) chainPart.allocations.set(a.key, a);
    for (const q of list<{ id: string; personId: string | null }>("requests")) chainPart.requests.set(q.id, q.personId);
    for (const p of list<{ code: string; id: string; team: boolean }>("providers")) {
      known.providers.set(p.code, p.id);
      if (p.team) known.professionals.add(`${p.id}-team`);
    }
    for (const p of list<{ code: string; id: string }>("municipalities")) known.municipalities.set(p.code, p.id);
    for (const p of list<{ id: string; housed: boolean }>("persons")) known.persons.set(p.id, p.housed);
    for (const id of list<string>("professionals")) known.professionals.add(id);
  }
  return { chain: chainPart, known };
}

/** Allocations stored without a start whose term has passed since: each becomes a signal now. */
async function dueAllocations(graph: Graph, today: string): Promise<AllocationState[]> {
  const rows = await graph.read(DUE, { today, limit: DUE_LIMIT });
  return rows.map((r) => r.allocation as AllocationState);
}

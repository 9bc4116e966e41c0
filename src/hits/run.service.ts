import crypto from "node:crypto";
import os from "node:os";
import { GraphQLError } from "graphql";
import { detect } from "../detectors/detect.service";
import { DETECTORS } from "../detectors/registry";
import type { Hit, PatternKind } from "../detectors/types";
import { neoDate } from "../graph/convert";
import { refreshAllReach } from "../graph/help-reach";
import { mendRecordMarks } from "../graph/record-marks";
import { cypher, type CypherQuery } from "../graph/cypher";
import type { Graph, Params, Row, Tx } from "../graph/gateway";
import { logger } from "../logger";
import { agenciesOf, fingerprint, hitKey, textPrint } from "./fingerprint";
import { knownTrigger, type DetectionRunRecord, type KindRunCount, type RunReason } from "./records";
import { summariseStored } from "./summary.service";
import { recountTallies, tallied } from "./tallies";

const q = (name: string) => cypher(`hits/queries/${name}.cypher`);
const LOCK = q("detection-lock");
const UNLOCK = q("detection-unlock");
const HOLD = q("detection-hold");
const STORED = q("stored-hits-of");
const STORE = q("store-hits");
const CLOSE = q("close-hits");
const TOUCH = q("touch-hits");
const RECORD = q("record-run");
const PERSONS = q("persons-of-households");
const WRITE_BATCH = 5000;
const TOUCH_BATCH = 20_000;

/** A lock not renewed for this long belongs to a run whose process died: the next run takes it over (at once, when that process ran on this machine and is gone). */
const STALE_MS = 15 * 60_000;
/** How often a run renews its lock while it works (its writes renew it too). */
const HEARTBEAT_MS = 60_000;

/** Another run held the lock for as long as this one would wait: 503, try again later. */
export class DetectionBusyError extends GraphQLError {
  constructor() {
    super("Another detection run is still under way; try again when it has finished.", {
      extensions: { code: "DETECTION_BUSY", http: { status: 503 } },
    });
  }
}

/** The lock was taken over (this run went 15 minutes without renewing it): this run stops and writes nothing more. */
export class DetectionLockLostError extends GraphQLError {
  constructor() {
    super("This detection run lost its lock to another run and stopped; the other run stores the hits.", {
      extensions: { code: "DETECTION_BUSY", http: { status: 503 } },
    });
  }
}

export interface RunRequest {
  /** The analysis date: today. */
  today: string;
  /** What started it: "import", "api", "command", "start". */
  trigger: string;
  /** Only these households (and their members); null: everyone. */
  householdIds: string[] | null;
  /** How long to wait for a run under way to finish (default 10 minutes). */
  waitMs?: number;
  /** Told as each detector's hits are stored: how many of the seven are done. */
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Awaited between reading a kind's stored hits and writing what changed (tests act there, as a concurrent user would). */
  onCompared?: ((kind: PatternKind) => Promise<void>) | undefined;
}

/**
 * Runs the seven detectors with their default parameters as of today and keeps their hits as work:
 * new ones are NEW, one whose evidence changed after it was dismissed or resolved is reopened as
 * NEW, one no longer found is closed as GONE (never deleted). One run at a time per database:
 * the lock is a node in Neo4j, so several API instances on one database take turns.
 */
export async function runDetection(graph: Graph, request: RunRequest, held?: DetectionLock): Promise<DetectionRunRecord> {
  if (!held) return withDetectionLock(graph, request.waitMs, (lock) => runDetection(graph, request, lock));
  const lock = held;
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const scope = request.householdIds;
  const persons = scope ? ((await graph.read(PERSONS, { householdIds: scope }))[0]?.persons as string[]) : null;
  const counts: KindRunCount[] = [];
  const kinds = Object.keys(DETECTORS) as PatternKind[];
  request.onProgress?.(0, kinds.length);
  for (const kind of kinds) {
    const subjects = scope === null ? null : DETECTORS[kind].subject === "Person" ? (persons ?? []) : scope;
    if (subjects?.length === 0) {
      counts.push({ kind, hits: 0, new: 0, changed: 0, reopened: 0, gone: 0 });
    } else {
      lock.check();
      const hits = await detect(graph, kind, { asOf: request.today, from: null, to: null }, {}, scope);
      counts.push(await storeKind(graph, lock, kind, hits, subjects, request.today, request.onCompared));
    }
    request.onProgress?.(counts.length, kinds.length);
  }
  const sum = (k: keyof Omit<KindRunCount, "kind">) => counts.reduce((n, c) => n + c[k], 0);
  if (scope === null) {
    // a full run sets the counters, every household's reach and the records' count marks right, whatever made them drift
    await lock.write("tally-recount", null, {}, recountTallies);
    lock.check();
    await refreshAllReach(graph);
    lock.check();
    const mended = await mendRecordMarks(graph);
    if (mended) logger.warn({ records: mended }, "records' count marks had drifted: set right");
  }
  const summary = await summariseStored(graph, kinds);
  const [row] = await lock.write("record-run", RECORD, {
    run: {
      id: crypto.randomUUID(), startedAt, finishedAt: new Date().toISOString(), asOf: request.today, trigger: request.trigger,
      households: scope ? scope.length : null, durationMs: Date.now() - started,
      hits: sum("hits"), new: sum("new"), changed: sum("changed"), reopened: sum("reopened"), gone: sum("gone"),
      counts: JSON.stringify(counts), summary: JSON.stringify(summary),
    },
  });
  const run = parseRun(row?.run as Record<string, unknown>);
  logger.info({ run: run.seq, trigger: run.trigger, households: run.households, ms: run.durationMs, new: run.new, gone: run.gone }, "detection run finished");
  return run;
}

/** The detection lock as held by one piece of work: pass it to runDetection to run inside it. */
export type DetectionLock = HeldLock;

/**
 * Holds the detection lock (waiting up to `waitMs`, default 10 minutes, then DETECTION_BUSY) while
 * `work` runs: no other run comes in between. An import holds it from its write to the end of the
 * run it starts, so that run's counts are what the delivery changed, and no run stores hits of a
 * delivery half written.
 */
export async function withDetectionLock<T>(graph: Graph, waitMs: number | undefined, work: (lock: DetectionLock) => Promise<T>): Promise<T> {
  const runId = crypto.randomUUID();
  await acquire(graph, runId, waitMs ?? 10 * 60_000);
  const lock = new HeldLock(graph, runId);
  try {
    return await work(lock);
  } finally {
    lock.stop();
    // the database may be what failed the work: then the lock is given back once it answers again, not 15 minutes on
    await graph.write(UNLOCK, { runId }).catch(() => releaseLater(graph, runId));
  }
}

/** How often a lock that could not be given back is tried again (until it would be stale anyway). */
const RELEASE_RETRY_MS = 5000;

function releaseLater(graph: Graph, runId: string): void {
  const until = Date.now() + STALE_MS;
  const retry = setInterval(() => {
    if (Date.now() > until) clearInterval(retry);
    else void graph.write(UNLOCK, { runId }).then(() => clearInterval(retry), () => undefined);
  }, RELEASE_RETRY_MS);
  retry.unref();
}

/**
 * The lock a run holds: renewed every HEARTBEAT_MS, and every write of the run goes in a
 * transaction that first renews it, so a run whose lock was taken over (after STALE_MS without
 * renewal) finds out at its next write and writes nothing: its writes and the new holder's never
 * mix, and only the holder numbers a run (the lock node's write lock orders them).
 */
class HeldLock {
  private lost = false;
  private readonly beat: NodeJS.Timeout;

  constructor(private readonly graph: Graph, readonly runId: string) {
    this.beat = setInterval(() => {
      void graph.write(HOLD, { runId }).then((rows) => (this.lost ||= rows.length === 0), () => undefined);
    }, HEARTBEAT_MS);
    this.beat.unref();
  }

  check(): void {
    if (this.lost) throw new DetectionLockLostError();
  }

  /**
   * One write, in a transaction that holds the lock (or fails with DetectionLockLostError and writes
   * nothing); `then` runs after it in the same transaction (the counters of the status moves it made).
   */
  async write(name: string, query: CypherQuery | null, params: Params, then?: (tx: Tx, rows: Row[]) => Promise<unknown>): Promise<Row[]> {
    this.check();
    return this.graph.writeTx(name, async (tx) => {
      if (!(await tx.run(HOLD, { runId: this.runId })).length) {
        this.lost = true;
        throw new DetectionLockLostError();
      }
      const rows = query ? await tx.run(query, { ...params, runId: this.runId }) : [];
      await then?.(tx, rows);
      return rows;
    });
  }

  stop(): void {
    clearInterval(this.beat);
  }
}

async function acquire(graph: Graph, runId: string, waitMs: number): Promise<void> {
  const until = Date.now() + waitMs;
  let deadRunId: string | null = null;
  for (;;) {
    const [row] = await graph.write(LOCK, { runId, staleMs: STALE_MS, host: os.hostname(), pid: process.pid, deadRunId });
    if (row?.taken === true) return;
    // a holder on this machine whose process is gone (an importer killed mid-way) will not give it back: take it over at once
    deadRunId = row?.host === os.hostname() && typeof row.pid === "number" && !processAlive(row.pid) ? (row.holder as string) : null;
    if (deadRunId) continue;
    if (Date.now() >= until) throw new DetectionBusyError();
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Whether a process of this machine still runs (signal 0 asks without signalling; EPERM: it runs, as another user). */
function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

type Stored = { key: string; status: string; fingerprint: string; textPrint: string | null; score: number };
type Change = { from: string | null; to: string; reason: RunReason; note: string | null };

/**
 * Compares one kind's hits with what is stored for the same subjects, and writes the difference. A
 * status is written only with a change of it, and only where it is still what was read: a triage
 * made while the run ran stands (the new evidence is stored with it).
 */
async function storeKind(
  graph: Graph, lock: HeldLock, kind: PatternKind, hits: Hit[], subjects: string[] | null, today: string, onCompared: RunRequest["onCompared"],
): Promise<KindRunCount> {
  const stored = new Map((await graph.read(STORED, { kind, subjectIds: subjects })).map((r) => [r.key as string, r as unknown as Stored]));
  const count: KindRunCount = { kind, hits: hits.length, new: 0, changed: 0, reopened: 0, gone: 0 };
  const unchanged: string[] = [];
  const rows = hits.flatMap((hit) => {
    const key = hitKey(hit);
    const print = fingerprint(hit);
    const text = textPrint(hit);
    const before = stored.get(key);
    stored.delete(key);
    if (before && before.status !== "GONE" && before.fingerprint === print && before.textPrint === text) {
      unchanged.push(key); // found again as it was: only its last-seen day changes
      return [];
    }
    let firstSeen: string | null = null;
    let change: Change | null = null;
    if (!before || before.status === "GONE") {
      firstSeen = today;
      change = { from: before?.status ?? null, to: "NEW", reason: before ? "FOUND_AGAIN" : "FOUND", note: null };
      count.new++;
    } else if (before.fingerprint !== print) {
      count.changed++;
      if (before.status === "DISMISSED" || before.status === "RESOLVED") {
        change = { from: before.status, to: "NEW", reason: "EVIDENCE_CHANGED", note: `evidence changed; score ${before.score} → ${hit.score}` };
        count.reopened++;
      }
    }
    return [{
      key, id: crypto.randomUUID(), kind, subjectType: hit.subjectType, subjectId: hit.subjectId, score: hit.score,
      evidence: JSON.stringify(hit.evidence), explanationEN: hit.explanation.EN, explanationNL: hit.explanation.NL,
      neighbourhoods: [...new Set(hit.neighbourhoods)].sort(), agencyIds: agenciesOf(hit), fingerprint: print, textPrint: text, firstSeen, lastSeen: today, change,
    }];
  });
  const gone = [...stored.values()].filter((s) => s.status !== "GONE").map((s) => s.key);
  count.gone = gone.length;
  await onCompared?.(kind);
  for (let i = 0; i < rows.length; i += WRITE_BATCH) {
    const [stored] = await lock.write(STORE.name, STORE, { rows: rows.slice(i, i + WRITE_BATCH) }, tallied);
    count.reopened -= (stored?.overtaken as number | undefined) ?? 0; // only a reopening can find its status changed meanwhile (by a triage)
  }
  for (let i = 0; i < gone.length; i += WRITE_BATCH) await lock.write(CLOSE.name, CLOSE, { keys: gone.slice(i, i + WRITE_BATCH) }, tallied);
  for (let i = 0; i < unchanged.length; i += TOUCH_BATCH) await lock.write(TOUCH.name, TOUCH, { keys: unchanged.slice(i, i + TOUCH_BATCH), today: neoDate(today) });
  return count;
}

export function parseRun(r: Record<string, unknown>): DetectionRunRecord {
  return {
    id: r.id as string, seq: r.seq as number, startedAt: r.startedAt as string, finishedAt: r.finishedAt as string, asOf: r.asOf as string,
    trigger: knownTrigger(r.trigger as string), households: (r.households as number | null) ?? null, durationMs: r.durationMs as number,
    hits: r.hits as number, new: r.new as number, changed: r.changed as number, reopened: r.reopened as number, gone: r.gone as number,
    counts: JSON.parse(r.counts as string) as KindRunCount[],
  };
}

import crypto from "node:crypto";
import { GraphQLError } from "graphql";
import { detect } from "../detectors/detect.service";
import { DETECTORS } from "../detectors/registry";
import type { Hit, PatternKind } from "../detectors/types";
import { neoDate } from "../graph/convert";
import { cypher } from "../graph/cypher";
import type { Graph } from "../graph/gateway";
import { logger } from "../logger";
import { agenciesOf, fingerprint, hitKey, textPrint } from "./fingerprint";
import type { DetectionRunRecord, KindRunCount } from "./records";
import { summariseStored } from "./summary.service";

const q = (name: string) => cypher(`hits/queries/${name}.cypher`);
const LOCK = q("detection-lock");
const UNLOCK = q("detection-unlock");
const STORED = q("stored-hits-of");
const STORE = q("store-hits");
const CLOSE = q("close-hits");
const TOUCH = q("touch-hits");
const RECORD = q("record-run");
const PERSONS = q("persons-of-households");
const WRITE_BATCH = 5000;
const TOUCH_BATCH = 20_000;

/** A lock older than this belongs to a run whose process died: the next run takes it over. */
const STALE_MS = 15 * 60_000;

/** Another run held the lock for as long as this one would wait: 503, try again later. */
export class DetectionBusyError extends GraphQLError {
  constructor() {
    super("Another detection run is still under way; try again when it has finished.", {
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
}

/**
 * Runs the seven detectors with their default parameters as of today and keeps their hits as work:
 * new ones are NEW, one whose evidence changed after it was dismissed or resolved is reopened as
 * NEW, one no longer found is closed as GONE (never deleted). One run at a time per database:
 * the lock is a node in Neo4j, so several API instances on one database take turns.
 */
export async function runDetection(graph: Graph, request: RunRequest): Promise<DetectionRunRecord> {
  const runId = crypto.randomUUID();
  await acquire(graph, runId, request.waitMs ?? 10 * 60_000);
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  try {
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
        const hits = await detect(graph, kind, { asOf: request.today, from: null, to: null }, {}, scope);
        counts.push(await storeKind(graph, runId, kind, hits, subjects, request.today));
      }
      request.onProgress?.(counts.length, kinds.length);
    }
    const sum = (k: keyof Omit<KindRunCount, "kind">) => counts.reduce((n, c) => n + c[k], 0);
    const summary = await summariseStored(graph, kinds);
    const [row] = await graph.write(RECORD, {
      run: {
        id: runId, startedAt, finishedAt: new Date().toISOString(), asOf: request.today, trigger: request.trigger,
        households: scope ? scope.length : null, durationMs: Date.now() - started,
        hits: sum("hits"), new: sum("new"), changed: sum("changed"), reopened: sum("reopened"), gone: sum("gone"),
        counts: JSON.stringify(counts), summary: JSON.stringify(summary),
      },
    });
    const run = parseRun(row?.run as Record<string, unknown>);
    logger.info({ run: run.seq, trigger: run.trigger, households: run.households, ms: run.durationMs, new: run.new, gone: run.gone }, "detection run finished");
    return run;
  } finally {
    await graph.write(UNLOCK, { runId });
  }
}

async function acquire(graph: Graph, runId: string, waitMs: number): Promise<void> {
  const until = Date.now() + waitMs;
  for (;;) {
    const [row] = await graph.write(LOCK, { runId, staleMs: STALE_MS });
    if (row?.taken === true) return;
    if (Date.now() >= until) throw new DetectionBusyError();
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

type Stored = { key: string; status: string; fingerprint: string; textPrint: string | null; score: number };
type Change = { from: string | null; to: string; reason: string; note: string | null };

/** Compares one kind's hits with what is stored for the same subjects, and writes the difference. */
async function storeKind(graph: Graph, runId: string, kind: PatternKind, hits: Hit[], subjects: string[] | null, today: string): Promise<KindRunCount> {
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
    let status = before?.status ?? "NEW";
    let firstSeen: string | null = null;
    let change: Change | null = null;
    if (!before || before.status === "GONE") {
      status = "NEW";
      firstSeen = today;
      change = { from: before?.status ?? null, to: "NEW", reason: before ? "FOUND_AGAIN" : "FOUND", note: null };
      count.new++;
    } else if (before.fingerprint !== print) {
      count.changed++;
      if (before.status === "DISMISSED" || before.status === "RESOLVED") {
        status = "NEW";
        change = { from: before.status, to: "NEW", reason: "EVIDENCE_CHANGED", note: `evidence changed; score ${before.score} → ${hit.score}` };
        count.reopened++;
      }
    }
    return [{
      key, id: crypto.randomUUID(), kind, subjectType: hit.subjectType, subjectId: hit.subjectId, score: hit.score,
      evidence: JSON.stringify(hit.evidence), explanationEN: hit.explanation.EN, explanationNL: hit.explanation.NL,
      neighbourhoods: [...new Set(hit.neighbourhoods)].sort(), agencyIds: agenciesOf(hit), fingerprint: print, textPrint: text, status, firstSeen, lastSeen: today, change,
    }];
  });
  const gone = [...stored.values()].filter((s) => s.status !== "GONE").map((s) => s.key);
  count.gone = gone.length;
  for (let i = 0; i < rows.length; i += WRITE_BATCH) await graph.write(STORE, { rows: rows.slice(i, i + WRITE_BATCH), runId });
  for (let i = 0; i < gone.length; i += WRITE_BATCH) await graph.write(CLOSE, { keys: gone.slice(i, i + WRITE_BATCH), runId });
  for (let i = 0; i < unchanged.length; i += TOUCH_BATCH) await graph.write(TOUCH, { keys: unchanged.slice(i, i + TOUCH_BATCH), runId, today: neoDate(today) });
  return count;
}

export function parseRun(r: Record<string, unknown>): DetectionRunRecord {
  return {
    id: r.id as string, seq: r.seq as number, startedAt: r.startedAt as string, finishedAt: r.finishedAt as string, asOf: r.asOf as string,
    trigger: r.trigger as string, households: (r.households as number | null) ?? null, durationMs: r.durationMs as number,
    hits: r.hits as number, new: r.new as number, changed: r.changed as number, reopened: r.reopened as number, gone: r.gone as number,
    counts: JSON.parse(r.counts as string) as KindRunCount[],
  };
}

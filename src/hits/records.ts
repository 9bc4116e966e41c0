import type { PatternKind } from "../detectors/types";

/** One kind's share of a run: hits found, and how many were new, changed, reopened, gone. */
export interface KindRunCount { kind: PatternKind; hits: number; new: number; changed: number; reopened: number; gone: number }

/** What starts a detection run: GraphQL name → the value stored on the run. */
export const DETECTION_TRIGGERS = {
  IMPORT: "import", API: "api", CASE: "case", COMMAND: "command", START: "start", DAILY: "daily", SEED: "seed", RETENTION: "retention", OTHER: "other",
} as const;
export type DetectionTrigger = (typeof DETECTION_TRIGGERS)[keyof typeof DETECTION_TRIGGERS];
const TRIGGERS = new Set<string>(Object.values(DETECTION_TRIGGERS));
/** A stored trigger as the API tells it: one it does not know (a test's, a benchmark's, an older version's) is OTHER. */
export const knownTrigger = (stored: string): DetectionTrigger => (TRIGGERS.has(stored) ? (stored as DetectionTrigger) : DETECTION_TRIGGERS.OTHER);

/** What a run writes as the reason of a status change it makes. */
export const RUN_REASONS = { FOUND: "FOUND", FOUND_AGAIN: "FOUND_AGAIN", EVIDENCE_CHANGED: "EVIDENCE_CHANGED", NOT_FOUND: "NOT_FOUND" } as const;
export type RunReason = keyof typeof RUN_REASONS;

export interface DetectionRunRecord {
  id: string;
  seq: number;
  startedAt: string;
  finishedAt: string;
  asOf: string;
  trigger: DetectionTrigger;
  /** How many households an incremental run re-detected; null for a full run. */
  households: number | null;
  durationMs: number;
  hits: number;
  new: number;
  changed: number;
  reopened: number;
  gone: number;
  counts: KindRunCount[];
}

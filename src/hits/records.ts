import type { PatternKind } from "../detectors/types";

/** One kind's share of a run: hits found, and how many were new, changed, reopened, gone. */
export interface KindRunCount { kind: PatternKind; hits: number; new: number; changed: number; reopened: number; gone: number }

export interface DetectionRunRecord {
  id: string;
  seq: number;
  startedAt: string;
  finishedAt: string;
  asOf: string;
  trigger: string;
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

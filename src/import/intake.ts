import { RECORD_KINDS, type RecordKind } from "./dataset";
import type { DeliveryCheck } from "./delivery-check";
import { readDeliveryFile, sizeOf } from "./delivery-file";
import { inMemory, type DeliveryRecords } from "./records";
import { Spool } from "./spool";

/** A delivery's records after the check has seen each of them: the ones that passed the schema. */
export interface Taken { records: DeliveryRecords; dispose(): Promise<void> }

/** How a delivery comes in: it hands every record to the check and keeps those that passed. */
export type Intake = (check: DeliveryCheck) => Promise<Taken>;

const KINDS = new Set<string>(RECORD_KINDS);
const nothingToDispose = async (): Promise<void> => undefined;

/** A delivery already in memory (the `importDataset` mutation, the seed). */
export function fromValue(input: unknown): Intake {
  return async (check) => {
    const isObject = typeof input === "object" && input !== null && !Array.isArray(input);
    if (!isObject) {
      check.shell(input);
      return { records: inMemory({}), dispose: nothingToDispose };
    }
    const top = input as Record<string, unknown>;
    check.shell(Object.fromEntries(Object.entries(top).map(([key, value]) => [key, KINDS.has(key) && Array.isArray(value) ? [] : value])));
    const kept: Partial<Record<RecordKind, unknown[]>> = {};
    for (const kind of RECORD_KINDS) {
      const list = top[kind];
      // a record that fails the schema leaves a hole, so the indices stay true
      if (Array.isArray(list)) kept[kind] = list.map((record, index) => check.take(kind, index, record));
    }
    return { records: inMemory(kept), dispose: nothingToDispose };
  };
}

export interface FileOptions {
  /** where the spool goes (default: the system's temporary folder) */
  spoolDir?: string;
  /** asked to stop while reading: it stops before anything is written */
  signal?: AbortSignal;
  /** files smaller than this (bytes) are kept in memory, not spooled; default READ_WHOLE_BELOW */
  readWholeBelow?: number;
  /** how far reading a streamed file has come (bytes of its size) */
  onRead?: (bytes: number, size: number) => void;
  /** bytes of a streamed file read at a time (tests make it small) */
  chunkSize?: number;
}

/**
 * Below this size a delivery's records are kept in memory; from it they are spooled to disk. Both
 * are read by the same walker. Spooling became as fast once records were cut out and parsed one by
 * one (`json-pieces.ts`), and faster for files of several MiB (an 11 MiB file: 14,800-22,300
 * records/s against 14,200-21,400 parsed whole, faster in seven of eight runs side by side: the heap
 * a file held whole takes slows the rest of the import), so only small files stay in memory.
 */
export const READ_WHOLE_BELOW = 2 ** 20;

/**
 * A delivery file of any size (`npm run import`). A large one is read as a stream, each record
 * checked as it comes and spooled to disk; only ids and a few dates stay in memory.
 */
export function fromFile(file: string, options: FileOptions = {}): Intake {
  return async (check) => {
    const size = await sizeOf(file);
    const reading = { signal: options.signal, chunkSize: options.chunkSize };
    if (size < (options.readWholeBelow ?? READ_WHOLE_BELOW)) {
      // kept in memory, but read by the same walker as a large file: both answer a file alike (a kind given twice too)
      const kept: Partial<Record<RecordKind, unknown[]>> = {};
      await readDeliveryFile(file, {
        shell: (shell) => check.shell(shell),
        repeated: (kind) => check.repeated(kind),
        record: (kind, index, record) => void ((kept[kind] ??= [])[index] = check.take(kind, index, record)),
      }, reading);
      return { records: inMemory(kept), dispose: nothingToDispose };
    }
    const spool = await Spool.create(options.spoolDir);
    try {
      await readDeliveryFile(file, {
        shell: (shell) => check.shell(shell),
        repeated: (kind) => check.repeated(kind),
        record: (kind, index, record, text) => {
          const taken = check.take(kind, index, record);
          // a record named by BSN is spooled as taken, never as the text that holds the number
          return taken === undefined ? undefined : spool.add(kind, index, taken, taken === record ? text : undefined);
        },
      }, { ...reading, onRead: options.onRead && ((bytes) => options.onRead?.(bytes, size)) });
      await spool.close();
      // bound, not a closure: a closure here would keep the check (every id) alive while the delivery is written
      return { records: spool, dispose: spool.dispose.bind(spool) };
    } catch (error) {
      await spool.dispose();
      throw error;
    }
  };
}

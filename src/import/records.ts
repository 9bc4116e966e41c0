import { RECORD_KINDS, type Dataset, type RecordKind } from "./dataset";

/**
 * A checked delivery's records, kind by kind, as the writer reads them: from memory (the
 * `importDataset` mutation) or from a spool on disk (`npm run import` of a file of any size).
 * Each record comes with its index in the delivery, for problems that name a path.
 */
export interface DeliveryRecords {
  count(kind: RecordKind): number;
  /** The kind's records in delivery order, `size` at a time; may be read more than once. */
  batches(kind: RecordKind, size: number): AsyncIterable<IndexedRecord[]>;
}

export interface IndexedRecord { index: number; record: unknown }

/** A delivery held in memory; holes (records that failed the schema) are skipped but keep the indices true. */
export function inMemory(d: Partial<Dataset> | Partial<Record<RecordKind, unknown[]>>): DeliveryRecords {
  const list = (kind: RecordKind): unknown[] => ((d as Record<string, unknown>)[kind] as unknown[] | undefined) ?? [];
  return {
    count: (kind) => list(kind).reduce<number>((n, r) => (r === undefined ? n : n + 1), 0),
    async *batches(kind, size) {
      let batch: IndexedRecord[] = [];
      for (const [index, record] of list(kind).entries()) {
        if (record === undefined) continue;
        batch.push({ index, record });
        if (batch.length === size) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length) yield batch;
    },
  };
}

/** How many records a delivery holds, all kinds together. */
export function totalOf(records: DeliveryRecords): number {
  return RECORD_KINDS.reduce((n, k) => n + records.count(k), 0);
}

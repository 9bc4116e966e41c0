import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { once } from "node:events";
import { processAlive } from "../process-alive";
import type { RecordKind } from "./dataset";
import type { DeliveryRecords, IndexedRecord } from "./records";

/** Lines are handed to the file in blocks of about this many characters; reading back goes by blocks as large. */
const BLOCK = 1 << 20;
/** How far writing may run ahead of the disk before the reader waits. */
const WRITE_AHEAD = 4 * BLOCK;

interface Spooled { file: string; out: fs.WriteStream; count: number; lines: string[]; length: number }

/**
 * A checked delivery's records on disk, one file per kind (a line each: index, tab, JSON), so the
 * writer can take them kind by kind in write order whatever order the file gave them in, without
 * holding the delivery in memory. The folder is private to this user (0700) and removed when the
 * import ends, written or not; one left by an importer that was killed is removed by the next.
 */
export class Spool implements DeliveryRecords {
  private readonly files = new Map<RecordKind, Spooled>();
  /** A write that failed (a full disk): the import stops with it rather than the process crashing. */
  private failure: Error | undefined;

  private constructor(private readonly dir: string) {}

  /** A new spool in `parent` (default: the system's temporary folder), after removing those of importers no longer running. */
  static async create(parent = path.join(os.tmpdir(), "behangrol-import")): Promise<Spool> {
    await fs.promises.mkdir(parent, { recursive: true, mode: 0o700 });
    for (const name of await fs.promises.readdir(parent)) {
      const pid = Number(/^(\d+)-/.exec(name)?.[1]);
      if (pid && !processAlive(pid)) await fs.promises.rm(path.join(parent, name), { recursive: true, force: true });
    }
    return new Spool(await fs.promises.mkdtemp(path.join(parent, `${process.pid}-`)));
  }

  /**
   * Keeps one record; a promise when the disk is behind (wait for it before adding more). `text`,
   * where given, is the record's JSON as delivered: written as it is when it is one line.
   */
  add(kind: RecordKind, index: number, record: unknown, text?: string): Promise<void> | undefined {
    if (this.failure) throw new Error(`the import's spool could not be written (${this.failure.message})`);
    let spooled = this.files.get(kind);
    if (!spooled) {
      const file = path.join(this.dir, `${kind}.ndjson`);
      spooled = { file, out: fs.createWriteStream(file, { mode: 0o600, highWaterMark: WRITE_AHEAD }), count: 0, lines: [], length: 0 };
      // without a listener a failed write (or one cut off by dispose) would be an uncaught error
      spooled.out.on("error", (error) => void (this.failure ??= error));
      this.files.set(kind, spooled);
    }
    spooled.count++;
    const json = text !== undefined && !/[\n\r]/.test(text) ? text : JSON.stringify(record);
    spooled.lines.push(`${index}\t${json}\n`);
    spooled.length += json.length;
    if (spooled.length < BLOCK) return undefined;
    return this.flush(spooled) ? undefined : once(spooled.out, "drain").then(() => undefined);
  }

  /** Hands the lines kept so far to the file in one write; false when the disk is behind. */
  private flush(spooled: Spooled): boolean {
    const ready = spooled.out.write(spooled.lines.join(""));
    spooled.lines = [];
    spooled.length = 0;
    return ready;
  }

  /** Every record is on disk. */
  async close(): Promise<void> {
    await Promise.all([...this.files.values()].map(async (spooled) => {
      if (!spooled.out.closed) {
        if (spooled.lines.length) this.flush(spooled);
        spooled.out.end();
        await once(spooled.out, "close");
      }
    }));
    if (this.failure) throw new Error(`the import's spool could not be written (${this.failure.message})`);
  }

  count(kind: RecordKind): number {
    return this.files.get(kind)?.count ?? 0;
  }

  async *batches(kind: RecordKind, size: number): AsyncIterable<IndexedRecord[]> {
    const spooled = this.files.get(kind);
    if (!spooled) return;
    const input = fs.createReadStream(spooled.file, { encoding: "utf8", highWaterMark: BLOCK });
    try {
      let batch: IndexedRecord[] = [];
      let rest = "";
      for await (const chunk of input as AsyncIterable<string>) {
        const text = rest + chunk;
        let from = 0;
        for (let end = text.indexOf("\n"); end >= 0; from = end + 1, end = text.indexOf("\n", from)) {
          const tab = text.indexOf("\t", from);
          batch.push({ index: Number(text.slice(from, tab)), record: JSON.parse(text.slice(tab + 1, end)) as unknown });
          if (batch.length === size) {
            yield batch;
            batch = [];
          }
        }
        rest = text.slice(from);
      }
      if (batch.length) yield batch;
    } finally {
      input.destroy();
    }
  }

  /** Removes the records from disk. */
  async dispose(): Promise<void> {
    for (const { out } of this.files.values()) out.destroy();
    await fs.promises.rm(this.dir, { recursive: true, force: true });
  }
}


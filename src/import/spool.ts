import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { once } from "node:events";
import { processAlive } from "../process-alive";
import type { RecordKind } from "./dataset";
import type { DeliveryRecords, IndexedRecord } from "./records";

/**
 * A checked delivery's records on disk, one file per kind (a line each: index, tab, JSON), so the
 * writer can take them kind by kind in write order whatever order the file gave them in, without
 * holding the delivery in memory. The folder is private to this user (0700) and removed when the
 * import ends, written or not; one left by an importer that was killed is removed by the next.
 */
export class Spool implements DeliveryRecords {
  private readonly files = new Map<RecordKind, { file: string; out: fs.WriteStream; count: number }>();
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

  /** Keeps one record; a promise when the disk is behind (wait for it before adding more). */
  add(kind: RecordKind, index: number, record: unknown): Promise<void> | undefined {
    if (this.failure) throw new Error(`the import's spool could not be written (${this.failure.message})`);
    let spooled = this.files.get(kind);
    if (!spooled) {
      const file = path.join(this.dir, `${kind}.ndjson`);
      spooled = { file, out: fs.createWriteStream(file, { mode: 0o600 }), count: 0 };
      // without a listener a failed write (or one cut off by dispose) would be an uncaught error
      spooled.out.on("error", (error) => void (this.failure ??= error));
      this.files.set(kind, spooled);
    }
    spooled.count++;
    const ready = spooled.out.write(`${index}\t${JSON.stringify(record)}\n`);
    return ready ? undefined : once(spooled.out, "drain").then(() => undefined);
  }

  /** Every record is on disk. */
  async close(): Promise<void> {
    await Promise.all([...this.files.values()].map(async ({ out }) => {
      if (!out.closed) {
        out.end();
        await once(out, "close");
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
    const input = fs.createReadStream(spooled.file);
    const lines = readline.createInterface({ input, crlfDelay: Infinity });
    try {
      let batch: IndexedRecord[] = [];
      for await (const line of lines) {
        const tab = line.indexOf("\t");
        batch.push({ index: Number(line.slice(0, tab)), record: JSON.parse(line.slice(tab + 1)) as unknown });
        if (batch.length === size) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length) yield batch;
    } finally {
      lines.close();
      input.destroy();
    }
  }

  /** Removes the records from disk. */
  async dispose(): Promise<void> {
    for (const { out } of this.files.values()) out.destroy();
    await fs.promises.rm(this.dir, { recursive: true, force: true });
  }
}


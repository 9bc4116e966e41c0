import fs from "node:fs";
import path from "node:path";
import { appendAudit } from "../../access/audit";
import { cypher } from "../../graph/cypher";
import { Graph } from "../../graph/gateway";
import { attachOrStartLocalNeo4j, runningLocalNeo4j, startLocalNeo4j } from "../../graph/local-server";
import { migrate } from "../../graph/migrations";
import { databaseFolders, importOffline } from "../../graph/offline-import";
import type { DetectionRunRecord } from "../../hits/records";
import { runDetection } from "../../hits/run.service";
import { logger } from "../../logger";
import { processAlive } from "../../process-alive";
import { RECORD_KINDS, type ImportProblem, type RecordKind } from "../dataset";
import { UnreadableDelivery } from "../delivery-file";
import { checkDeliveryAgainst } from "../import.service";
import { fromFile } from "../intake";
import { totalOf } from "../records";
import { rowsOf } from "../rows";
import { Spool } from "../spool";
import { BATCH_SIZE, SINGLE_TRANSACTION_LIMIT, writeRecords } from "../writer";
import { DATA_VERSION, DELIVERY, writeRecord } from "./columns";
import { ARRAY_DELIMITER, CsvFiles, UnwritableValue } from "./csv-files";
import { StoredSoFar } from "./stored-so-far";

const STORED_NODES = cypher("import/initial/queries/stored-nodes.cypher");
const EMPTY_DOMAINS = cypher("import/initial/queries/empty-lists.cypher");

export interface InitialOptions {
  /** the local server: everything lives below dataDir/name (config.dataDir and "neo4j" for the command) */
  dataDir: string;
  name: string;
  heap: string;
  pageCache: string;
  queryTimeoutMs: number;
  today: string;
  /** what the audit trail records for each delivery, as `npm run import` does */
  audit: { userId: string; purpose: string; operation: string };
  progress: (line: string) => void;
}

export interface InitialDelivery { file: string; source: string; records: number; again: number }
export interface InitialTimings { checkMs: number; adminMs: number; startMs: number; migrateMs: number; againMs: number; detectMs: number; auditMs: number; totalMs: number }

export type InitialOutcome =
  | { ok: true; deliveries: InitialDelivery[]; records: number; imported: string; run: DetectionRunRecord | null; ms: InitialTimings }
  /** refused before any delivery was read: the reason, a sentence */
  | { ok: false; refused: string }
  /** a delivery that cannot be imported: its problems, as the online import names them; nothing was written */
  | { ok: false; file: string; errors: ImportProblem[]; unreadable?: string };

/** Refused before anything was read or written: the reason says what to do instead. */
export class InitialRefused extends Error {}

/**
 * The JSON deliveries to import: the file, or the folder's `.json` files in name order. Other
 * files in a folder are not deliveries of this format (iJw/iWmo messages are imported online).
 */
export function deliveryFiles(input: string): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(input);
  } catch {
    throw new InitialRefused(`${input} cannot be read`);
  }
  if (stat.isFile()) {
    if (!input.toLowerCase().endsWith(".json")) throw new InitialRefused(`${input}: --initial takes JSON deliveries (a .json file or a folder of them); import iJw/iWmo messages with \`npm run import\` afterwards`);
    return [input];
  }
  const files = fs.readdirSync(input).filter((f) => f.toLowerCase().endsWith(".json")).sort().map((f) => path.join(input, f));
  if (!files.length) throw new InitialRefused(`${input} holds no .json deliveries`);
  return files;
}

/**
 * `npm run import -- --initial`: builds an empty local database from JSON deliveries at the speed
 * of Neo4j's own offline importer. Every delivery is checked as the online import checks it, in
 * name order, each against the ones before it as if they were stored; only when all pass are they
 * written, as neo4j-admin's CSV files, and built into the database. A record delivered again by a
 * later delivery (a correction) is written afterwards by the online writer, so the store ends as
 * importing the deliveries one by one would leave it. Then migrations, one detection run over
 * everyone and an audit entry per delivery, as `npm run import` writes it.
 */
export async function importInitial(input: string, options: InitialOptions): Promise<InitialOutcome> {
  const started = Date.now();
  let files: string[];
  let replaceEmpty: boolean;
  try {
    files = deliveryFiles(input);
    replaceEmpty = await checkServerAndDatabase(options);
  } catch (error) {
    if (error instanceof InitialRefused) return { ok: false, refused: error.message };
    throw error;
  }

  const work = await workFolder(options.dataDir);
  try {
    const csvDir = path.join(work, "csv");
    fs.mkdirSync(csvDir, { mode: 0o700 });
    const csv = new CsvFiles(csvDir);
    const written: Written[] = [];
    options.progress(`Checking ${files.length} ${files.length === 1 ? "delivery" : "deliveries"} and writing them as CSV...`);
    const soFar = new StoredSoFar();
    for (const file of files) {
      const outcome = await checkAndWrite(file, csv, soFar, work, options.today);
      if ("errors" in outcome) return outcome;
      written.push(outcome);
    }
    const now = new Date().toISOString();
    const provenance = new Map(written.map((d) => [d.source, d.counts])); // one Delivery per source, the last delivery's counts (as MERGE and +=)
    for (const [source, counts] of provenance) await csv.node(DELIVERY(RECORD_KINDS), source, { firstImportedAt: now, status: "COMPLETE", ...counts });
    // the online writer counts one change per delivery, two for one written in batches
    const version = written.reduce((n, d) => n + (d.records <= SINGLE_TRANSACTION_LIMIT ? 1 : 2), 0);
    await csv.node(DATA_VERSION, "data", { version });
    const emptyDomains = csv.emptyLists.map((e) => {
      if (e.label !== "Agency" || e.property !== "domains") throw new Error(`${e.label}.${e.property}: an empty list the initial import cannot set`);
      return { id: e.key, domains: [] };
    });
    const files_ = await csv.close();
    const checkMs = Date.now() - started;
    const records = written.reduce((n, d) => n + d.records, 0);
    options.progress(`Checked ${records} records in ${(checkMs / 1000).toFixed(1)} s.`);

    const admin = await importOffline(
      { dir: csvDir, ...files_, arrayDelimiter: ARRAY_DELIMITER },
      { dataDir: options.dataDir, name: options.name, heap: options.heap, progress: options.progress, replaceEmpty },
    );
    options.progress(`neo4j-admin imported ${admin.imported} in ${(admin.ms / 1000).toFixed(1)} s.`);
    return await finish(options, { written, emptyDomains, records, imported: admin.imported, started, checkMs, adminMs: admin.ms });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** A delivery checked and written as CSV: what the rest of the import needs of it. */
interface Written extends InitialDelivery {
  counts: Record<RecordKind, number>;
  audit: { persons: string[]; households: string[] };
  /** its records an earlier delivery had already: written by the online writer after the build */
  again: number;
  correcting: Spool | undefined;
}

/** Checks one delivery as the online import does, against the ones before it, and writes its new records as CSV. */
async function checkAndWrite(file: string, csv: CsvFiles, soFar: StoredSoFar, work: string, today: string): Promise<Written | Extract<InitialOutcome, { file: string }>> {
  let checked: Awaited<ReturnType<typeof checkDeliveryAgainst>>;
  try {
    checked = await checkDeliveryAgainst(fromFile(file, { spoolDir: path.join(work, "spool") }), today, async () => soFar.stored);
  } catch (error) {
    if (error instanceof UnreadableDelivery) return { ok: false, file, errors: [], unreadable: error.message };
    throw error;
  }
  if (!checked.ok) return { ok: false, file, errors: checked.errors };
  let correcting: Spool | undefined;
  try {
    for (const kind of RECORD_KINDS) {
      for await (const batch of checked.records.batches(kind, BATCH_SIZE)) {
        const fresh: unknown[] = [];
        for (const { index, record } of batch) {
          if (!soFar.seen(kind, record)) fresh.push(record);
          else await (correcting ??= await Spool.create(path.join(work, "again"))).add(kind, index, record);
        }
        for (const row of rowsOf(kind, fresh)) {
          const pending = writeRecord(csv, kind, row, checked.source).filter((p) => p !== undefined);
          if (pending.length) await Promise.all(pending);
        }
      }
    }
    await correcting?.close();
    const counts = Object.fromEntries(RECORD_KINDS.map((k) => [k, checked.records.count(k)])) as Record<RecordKind, number>;
    const again = correcting ? RECORD_KINDS.reduce((n, k) => n + (correcting as Spool).count(k), 0) : 0;
    return { file, source: checked.source, records: totalOf(checked.records), counts, audit: checked.keys.audit, again, correcting };
  } catch (error) {
    await correcting?.dispose();
    if (error instanceof UnwritableValue) return { ok: false, file, errors: [{ path: "source", message: error.message }] };
    throw error;
  } finally {
    await checked.dispose();
  }
}

interface Built { written: Written[]; emptyDomains: { id: string; domains: string[] }[]; records: number; imported: string; started: number; checkMs: number; adminMs: number }

/**
 * The built database started: migrations, the records delivered again, a detection run over
 * everyone, an audit entry per delivery. Until the records are all in, a failure removes the
 * database again (it was empty before); a detection run that fails leaves the records, as after `npm run import`.
 */
async function finish(options: InitialOptions, built: Built): Promise<InitialOutcome> {
  const { written } = built;
  let at = Date.now();
  const lap = (): number => {
    const ms = Date.now() - at;
    at = Date.now();
    return ms;
  };
  const server = await startLocalNeo4j({ dataDir: options.dataDir, name: options.name, heap: options.heap, pageCache: options.pageCache, progress: options.progress });
  const graph = Graph.connect(server.uri, server.user, server.password, undefined, options.queryTimeoutMs);
  let recordsIn = false;
  try {
    const startMs = lap();
    await migrate(graph, undefined, { reachLater: true }); // the full run below sets every household's reach
    const migrateMs = lap();
    if (built.emptyDomains.length) await graph.write(EMPTY_DOMAINS, { rows: built.emptyDomains });
    for (const d of written) {
      if (!d.correcting) continue;
      options.progress(`Writing the ${d.again} records ${path.basename(d.file)} delivers again...`);
      await writeRecords(graph, d.source, d.correcting, { writeDelivery: false });
    }
    const againMs = lap();
    recordsIn = true;
    options.progress("Detecting patterns over every household...");
    let run: DetectionRunRecord | null = null;
    try {
      run = await runDetection(graph, { today: options.today, trigger: "import", householdIds: null });
    } catch (error) {
      // the records are in and stay so; their hits wait for the next run (npm run detect)
      logger.error({ err: error instanceof Error ? error.name : "unknown" }, "detection after the initial import failed");
    }
    const detectMs = lap();
    for (const d of written) {
      await appendAudit(graph, {
        action: "import", outcome: "success", userId: options.audit.userId, userName: null, role: "ADMIN", purpose: options.audit.purpose,
        agencyId: null, origin: "command line", operation: options.audit.operation, persons: d.audit.persons, households: d.audit.households,
      });
    }
    const auditMs = lap();
    return {
      ok: true, records: built.records, imported: built.imported, run,
      deliveries: written.map(({ file, source, records, again }) => ({ file, source, records, again })),
      ms: { checkMs: built.checkMs, adminMs: built.adminMs, startMs, migrateMs, againMs, detectMs, auditMs, totalMs: Date.now() - built.started },
    };
  } finally {
    await graph.close();
    await server.stop();
    // not all in: the database goes again, so the next try starts from an empty one
    if (!recordsIn) for (const folder of databaseFolders(options.dataDir, options.name)) fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** A private folder for the CSV files and spools (they hold personal data), removed at the end; one left by a killed import is removed by the next. */
async function workFolder(dataDir: string): Promise<string> {
  const parent = path.join(dataDir, "initial-import");
  await fs.promises.mkdir(parent, { recursive: true, mode: 0o700 });
  for (const name of await fs.promises.readdir(parent)) {
    const pid = Number(/^(\d+)-/.exec(name)?.[1]);
    if (pid && !processAlive(pid)) await fs.promises.rm(path.join(parent, name), { recursive: true, force: true });
  }
  return fs.promises.mkdtemp(path.join(parent, `${process.pid}-`));
}

/**
 * Refuses while a server has the database open, and when the database holds data; a server left
 * running by a command that was killed is stopped (no one uses it). Returns whether an (empty)
 * database is there to be replaced.
 */
async function checkServerAndDatabase(options: InitialOptions): Promise<boolean> {
  const server = { dataDir: options.dataDir, name: options.name, heap: options.heap, pageCache: options.pageCache, progress: options.progress };
  const running = await runningLocalNeo4j(options.dataDir, options.name);
  if (running?.launcherRuns) {
    throw new InitialRefused(
      `the local Neo4j is running (process ${running.pid}, started by process ${running.launcher}, such as \`npm start\`): ` +
        "stop it (Ctrl-C where it runs) and run this again; --initial builds the database while no server has it open",
    );
  }
  if (running) {
    options.progress("Stopping the local Neo4j a command that is gone left running...");
    await (await attachOrStartLocalNeo4j(server)).stop();
  }
  if (!databaseFolders(options.dataDir, options.name).some((f) => fs.existsSync(f))) return false;
  options.progress("Looking whether the local database holds data...");
  const started = await startLocalNeo4j(server);
  const graph = Graph.connect(started.uri, started.user, started.password, undefined, options.queryTimeoutMs);
  let nodes: number;
  try {
    nodes = Number((await graph.read(STORED_NODES))[0]?.nodes ?? 0);
  } finally {
    await graph.close();
    await started.stop();
  }
  if (nodes > 0) {
    throw new InitialRefused(
      `the local database already holds data (${nodes} nodes in ${path.join(options.dataDir, options.name)}): --initial only builds an empty one. ` +
        "Add deliveries to it with `npm run import`, or move that folder aside to start afresh",
    );
  }
  return true;
}


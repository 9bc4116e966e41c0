import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import { loadConfig } from "../config";
import { todayIn } from "../dates";
import { connect } from "../graph/connect";
import { appendAudit } from "../access/audit";
import { sizeOf, UnreadableDelivery } from "../import/delivery-file";
import { fromFile } from "../import/intake";
import { importAndDetect } from "../hits/import-and-detect";
import { ImportStopped } from "../import/writer";
import { describeRun } from "./describe-run";
import { PhasedProgress } from "./progress";
import { logger } from "../logger";
import { isMessageSource } from "../messages/sources";
import { importMessageFiles } from "./import-messages";
import { importInitialFiles } from "./import-initial";

/**
 * `npm run import -- FILE.json` (a delivery) or `npm run import -- MESSAGES` (iJw/iWmo 3.2 messages:
 * a .xml, a folder of them or a .zip): exit 0 when written; otherwise every problem and exit 1,
 * nothing written. `--initial FILE_OR_FOLDER`: the first load of an empty local database (import-initial.ts).
 */
async function main(): Promise<number> {
  const program = new Command("import")
    .description("Validate a delivery (shared/data-format.md) or iJw/iWmo 3.2 messages (docs/messages.md) and write them to the graph, all or nothing.")
    .argument("<file>", "the delivery (a JSON file), or messages: a .xml file, a folder of them, or a .zip")
    .option("--no-progress", "no progress bar")
    .option("--stream", "spool the records to disk whatever the file's size (from 1 MiB they are anyway)")
    .option("--set-aside-unknown", "messages: set aside (rather than refuse) 305s, 307s and 319s whose allocation or request is not known yet, for an archive that begins after some allocations were sent; each is listed, and applied when imported again with its 301")
    .option("--purpose <why>", "why this delivery is imported (for the audit trail)", "import of a delivery from the command line")
    .option("--initial", "the first load of an empty local database: JSON deliveries (a file, or a folder of them in name order) checked as always, then built with neo4j-admin (README: the first load)")
    .parse();
  const file = program.args[0] as string;
  const config = loadConfig();
  logger.level = config.logLevel === "info" ? "warn" : config.logLevel;

  const refuse = (why: string): number => {
    process.stderr.write(`${file}: ${why}; nothing was written.\n`);
    return 1;
  };
  if (program.opts<{ initial?: boolean }>().initial) return importInitialFiles(file, config, program.opts<{ purpose: string }>());
  if (isMessageSource(file)) return importMessageFiles(file, config, program.opts<{ progress: boolean; purpose: string; setAsideUnknown?: boolean }>());
  // a file that is not there (a mistyped path) is said at once, before Neo4j is started
  try {
    if (!(await sizeOf(file))) return refuse("is empty");
  } catch (error) {
    if (error instanceof UnreadableDelivery) return refuse(error.message);
    throw error;
  }

  const connection = await connect(config, (line) => process.stderr.write(`${line}\n`));
  // three phases: a streamed file is checked first (MiB read), then written (records), then re-detected (patterns)
  const progress = new PhasedProgress(program.opts<{ progress: boolean }>().progress);
  try {
    // SIGTERM or Ctrl-C: stop at the next batch boundary (what is written stays; the same import finishes it)
    const stop = new AbortController();
    const onSignal = (): void => stop.abort();
    process.once("SIGTERM", onSignal);
    process.once("SIGINT", onSignal);
    let imported: Awaited<ReturnType<typeof importAndDetect>>;
    try {
      imported = await importAndDetect(connection.graph, fromFile(file, {
        spoolDir: path.join(config.dataDir, "import-spool"), signal: stop.signal,
        onRead: (bytes, size) => progress.show("checking", Math.round(bytes / 2 ** 20), Math.round(size / 2 ** 20), "MiB"),
        ...(program.opts<{ stream?: boolean }>().stream ? { readWholeBelow: 0 } : {}),
      }), todayIn(config.timeZone), "import", { onProgress: progress.of("importing", "records"), onDetect: progress.of("detecting", "patterns"), signal: stop.signal });
    } catch (error) {
      progress.stop();
      if (error instanceof UnreadableDelivery) return refuse(error.message);
      if (!(error instanceof ImportStopped)) throw error;
      process.stderr.write(`${file}: ${error.message}.\n`);
      return 3;
    }
    const { outcome: result, run } = imported;
    progress.stop();
    await appendAudit(connection.graph, {
      action: "import", outcome: result.ok ? "success" : "failure", userId: os.userInfo().username, userName: null, role: "ADMIN",
      purpose: program.opts<{ purpose: string }>().purpose, agencyId: null, origin: "command line", operation: "npm run import",
      persons: result.keys?.audit.persons ?? [],
      households: result.keys?.audit.households ?? [],
    });
    if (!result.ok) {
      process.stderr.write(`${file}: ${result.errors.length} problem(s); nothing was written.\n`);
      for (const e of result.errors) process.stderr.write(`  ${e.path}: ${e.message}\n`);
      return 1;
    }
    const received = result.counts.reduce((n, c) => n + c.received, 0);
    const created = result.counts.reduce((n, c) => n + c.created, 0);
    process.stdout.write(`Imported "${result.source}": ${received} records, ${created} new.\n`);
    for (const c of result.counts.filter((c) => c.received)) process.stdout.write(`  ${c.kind}: ${c.received} (${c.created} new)\n`);
    if (run) process.stdout.write(`${describeRun(run)}\n`);
    return 0;
  } finally {
    await connection.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`import failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);

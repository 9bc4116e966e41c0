import os from "node:os";
import path from "node:path";
import type { Config } from "../config";
import { todayIn } from "../dates";
import { importInitial } from "../import/initial/initial-import";
import { describeRun } from "./describe-run";

/** The operation the audit trail names for a delivery built in by `--initial`. */
export const INITIAL_OPERATION = "npm run import -- --initial";

/**
 * `npm run import -- --initial FILE_OR_FOLDER`: the first load of an empty local database through
 * neo4j-admin (src/import/initial/initial-import.ts). Exit 0 when built; 1 when refused or a
 * delivery has problems (each printed with its path), nothing written.
 */
export async function importInitialFiles(target: string, config: Config, opts: { purpose: string }): Promise<number> {
  if (config.neo4j) {
    process.stderr.write("--initial works only on the local Neo4j; use `npm run import` for a remote server (NEO4J_URI is set). Nothing was written.\n");
    return 1;
  }
  const outcome = await importInitial(target, {
    dataDir: config.dataDir, name: "neo4j", heap: config.localNeo4j.heap, pageCache: config.localNeo4j.pageCache,
    queryTimeoutMs: config.queryTimeoutMs, today: todayIn(config.timeZone),
    audit: { userId: os.userInfo().username, purpose: opts.purpose, operation: INITIAL_OPERATION },
    progress: (line) => process.stderr.write(`${line}\n`),
  });
  if (!outcome.ok) {
    if ("refused" in outcome) process.stderr.write(`--initial: ${outcome.refused}; nothing was written.\n`);
    else if (outcome.unreadable) process.stderr.write(`${outcome.file}: ${outcome.unreadable}; nothing was written.\n`);
    else {
      process.stderr.write(`${outcome.file}: ${outcome.errors.length} problem(s); nothing was written (deliveries after it were not checked).\n`);
      for (const e of outcome.errors) process.stderr.write(`  ${e.path}: ${e.message}\n`);
    }
    return 1;
  }
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  process.stdout.write(`Built the local database from ${outcome.deliveries.length} deliveries: ${outcome.records} records in ${seconds(outcome.ms.totalMs)} ` +
    `(${Math.round(outcome.records / (outcome.ms.totalMs / 1000))} records/s; neo4j-admin ${seconds(outcome.ms.adminMs)}: ${outcome.imported}).\n`);
  for (const d of outcome.deliveries) {
    process.stdout.write(`  ${path.basename(d.file)} "${d.source}": ${d.records} records${d.again ? `, ${d.again} delivered again (written after the build)` : ""}\n`);
  }
  if (outcome.run) process.stdout.write(`${describeRun(outcome.run)}\n`);
  else process.stdout.write("The detection run after the build failed (see the log); run `npm run detect`.\n");
  return 0;
}

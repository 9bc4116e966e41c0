/**
 * `npm run bench:initial`: the first load of an empty local database with `npm run import --
 * --initial` (src/import/initial/): a generated municipality of 100,000 households in the benchmarks'
 * dense mix (about 1.67 million records; deliveries of 1,000, as `npm run seed` makes them) written as JSON files, then checked, written as CSV, built by
 * neo4j-admin, migrated and detected over, into a local Neo4j of its own (heap 2g, page cache 2g,
 * as issue 10's online measurement). The report goes into RESULTS.md; the store is removed again.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../src/config";
import { todayIn } from "../../src/dates";
import { importInitial } from "../../src/import/initial/initial-import";
import { logger } from "../../src/logger";
import { generateMunicipality } from "../../seeds/generator/generate";
import { writeResultsPart } from "./results-file";

/** `-- --households N` for a quicker look; the report is of 100,000. */
const at = process.argv.indexOf("--households");
const HOUSEHOLDS = at > 0 ? Number(process.argv[at + 1]) : 100_000;
const NAME = "neo4j-bench-initial";

async function main(): Promise<void> {
  const config = loadConfig();
  logger.level = "warn";
  const say = (text: string): void => void process.stdout.write(`${text}\n`);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "behangrol-initial-bench-"));
  const home = path.join(config.dataDir, NAME);
  fs.rmSync(home, { recursive: true, force: true });
  try {
    let generatedMiB = 0;
    let files = 0;
    for (const delivery of generateMunicipality({ households: HOUSEHOLDS, seed: 1, mix: "dense" })) {
      const file = path.join(folder, `${String(files++).padStart(4, "0")}.json`);
      fs.writeFileSync(file, JSON.stringify(delivery));
      generatedMiB += fs.statSync(file).size / 2 ** 20;
    }
    say(`${files} delivery files of ${HOUSEHOLDS} households, ${generatedMiB.toFixed(0)} MiB: importing with --initial...`);
    const load = os.loadavg()[0] ?? 0;
    const outcome = await importInitial(folder, {
      dataDir: config.dataDir, name: NAME, heap: "2g", pageCache: "2g", queryTimeoutMs: 600_000, today: todayIn(config.timeZone),
      audit: { userId: "bench", purpose: "benchmark of the initial import", operation: "npm run bench:initial" }, progress: say,
    });
    if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome).slice(0, 500)}`);
    const { ms, records } = outcome;
    const s = (v: number) => `${(v / 1000).toFixed(1)} s`;
    const rate = (v: number) => `**${Math.round(records / (v / 1000)).toLocaleString("en")} records/s**`;
    const when = new Date().toISOString().slice(0, 10);
    const text = [
      `### Initial import (${when}, \`npm run bench:initial\`: \`npm run import -- --initial\` of ${HOUSEHOLDS.toLocaleString("en")} generated households into an empty local Neo4j, heap 2g, page cache 2g; one run; load average ${load.toFixed(1)} on ${os.cpus().length} cores when it began)`,
      "",
      `${files} delivery files (${generatedMiB.toFixed(0)} MiB, deliveries of 1,000 households in the dense mix, as \`npm run seed -- --mix dense\` makes them): ${records.toLocaleString("en")} records; neo4j-admin imported ${outcome.imported}.`,
      "",
      "| phase | time | records/s |",
      "| --- | ---: | ---: |",
      `| every delivery checked as the online import checks it, and written as CSV | ${s(ms.checkMs)} | ${rate(ms.checkMs)} |`,
      `| neo4j-admin database import full | ${s(ms.adminMs)} | ${rate(ms.adminMs)} |`,
      `| the built database's first start | ${s(ms.startMs)} | |`,
      `| migrations (the constraints and indexes built over the store) | ${s(ms.migrateMs)} | |`,
      `| records delivered again, by the online writer | ${s(ms.againMs)} | |`,
      `| detection run over everyone (${outcome.run ? `${outcome.run.hits.toLocaleString("en")} hits` : "failed"}) | ${s(ms.detectMs)} | |`,
      `| audit entries (one per delivery) | ${s(ms.auditMs)} | |`,
      `| **the whole command** | ${s(ms.totalMs)} | ${rate(ms.totalMs)} |`,
      "",
      "Online, the same 100,000 households (`npm run seed`, deliveries of 1,000, two at a time, without detection) came in at",
      "18,128 records/s into an empty store and 21,641 records/s into a store of 100,000 households (the Import section below).",
    ].join("\n");
    say(text);
    writeResultsPart("initial", text);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(home, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`initial bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

/**
 * `npm run bench:import`: how fast deliveries come into a large store (NEO4J_URI and NEO4J_PASSWORD:
 * the benchmark's 100,000 households), and in how little memory. Generated households under seeds
 * of their own: 5,000 as one file, streamed, checked and written as `npm run import` does before it
 * re-detects; 5,000 the same, read whole; 5,000 as deliveries of 1,000, as `npm run seed` writes them; and 20,000 as one file
 * through the built `npm run import` itself, its heap capped below what reading that file whole
 * takes. All are removed again afterwards (with their hits), so the store stays at its size.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig, projectRoot } from "../../src/config";
import { todayIn } from "../../src/dates";
import { cypher } from "../../src/graph/cypher";
import { Graph } from "../../src/graph/gateway";
import { importDeliveries } from "../../src/import/deliveries";
import { importDataset, importDelivery } from "../../src/import/import.service";
import { fromFile, type FileOptions } from "../../src/import/intake";
import { logger } from "../../src/logger";
import { generateMunicipality, syntheticPrefix } from "../../seeds/generator/generate";
import { timed } from "./timing";

const HOUSEHOLDS = 5000;
const LARGE = 20_000;
/** The importer's heap for the large file (MiB): below what JSON.parse of that file alone takes. */
const HEAP_MIB = 128;
const REMOVE = cypher("../tests/bench/queries/remove-generated.cypher");
const REMOVE_HITS = cypher("../tests/bench/queries/remove-generated-hits.cypher");

/** The heap (MiB) a Node process holds after reading a file whole with JSON.parse, as the import used to. */
function heapToReadWhole(file: string): number {
  const script = `const d = JSON.parse(require("fs").readFileSync(${JSON.stringify(file)}, "utf8")); gc(); process.stdout.write(String(process.memoryUsage().heapUsed + 0 * Object.keys(d).length))`;
  return Number(spawnSync(process.execPath, ["--expose-gc", "-e", script], { encoding: "utf8" }).stdout) / 2 ** 20;
}

/** The built `npm run import` of a file, with a capped heap: its exit code, time, and peak resident memory (VmHWM, MiB). */
async function importCommand(file: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; ms: number; peakMiB: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MIB}`, path.join(projectRoot, "dist/src/cli/import.js"), file, "--no-progress"], {
    env: { ...env, LOG_LEVEL: "error" }, stdio: ["ignore", "ignore", "inherit"],
  });
  let peakKiB = 0;
  const poll = setInterval(() => {
    try {
      const hwm = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1];
      peakKiB = Math.max(peakKiB, Number(hwm ?? 0));
    } catch {
      // it has just exited
    }
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  clearInterval(poll);
  return { code, ms: Date.now() - started, peakMiB: peakKiB / 1024 };
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.neo4j) throw new Error("set NEO4J_URI and NEO4J_PASSWORD to the benchmark's Neo4j (100,000 households)");
  logger.level = "warn";
  const graph = Graph.connect(config.neo4j.uri, config.neo4j.user, config.neo4j.password, undefined, 600_000);
  const today = todayIn(config.timeZone);
  const [{ households: stored } = {}] = await graph.read(cypher("graph/queries/count-households.cypher"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "behangrol-import-"));
  const seeds = { whole: 9001, seed: 9002, large: 9003, streamed: 9004 };
  const rate = (records: number, ms: number) => `${records.toLocaleString("en")} records in ${(ms / 1000).toFixed(1)} s: **${Math.round(records / (ms / 1000)).toLocaleString("en")} records/s**`;
  /** A file of generated households, after their organisations (which it refers to) are imported. */
  const fileOf = async (seed: number, households: number) => {
    const [organisations, delivery] = [...generateMunicipality({ households, seed, chunkSize: households, mix: "dense" })];
    const file = path.join(dir, `households-${seed}.json`);
    fs.writeFileSync(file, JSON.stringify(delivery));
    await importDataset(graph, organisations!, today);
    const records = Object.values(delivery!).reduce((n: number, v) => n + (Array.isArray(v) ? v.length : 0), 0);
    return { file, records, mib: fs.statSync(file).size / 2 ** 20 };
  };
  const importing = async (file: string, options: FileOptions) => {
    const [outcome, ms] = await timed(() => importDelivery(graph, fromFile(file, options), today));
    if (!outcome.ok) throw new Error(`rejected: ${JSON.stringify(outcome.errors.slice(0, 3))}`);
    return ms;
  };
  try {
    const whole = await fileOf(seeds.whole, HOUSEHOLDS);
    const wholeMs = await importing(whole.file, { readWholeBelow: Infinity }); // kept in memory, as npm run import keeps a file under 1 MiB
    const streamed = await fileOf(seeds.streamed, HOUSEHOLDS);
    const streamedMs = await importing(streamed.file, {}); // from 1 MiB: streamed, as npm run import does
    // the same size as deliveries of 1,000 (generation included, as the seed does it)
    const [seeded, seedMs] = await timed(() => importDeliveries(graph, generateMunicipality({ households: HOUSEHOLDS, seed: seeds.seed, mix: "dense" }), today));
    // a larger file through the command itself, in a heap too small to read it whole
    const large = await fileOf(seeds.large, LARGE);
    const wholeMiB = heapToReadWhole(large.file);
    const command = await importCommand(large.file, {
      PATH: process.env.PATH, NEO4J_URI: config.neo4j.uri, NEO4J_USER: config.neo4j.user, NEO4J_PASSWORD: config.neo4j.password,
      BEHANGROL_DATA_DIR: dir, TZ: process.env.TZ,
    });
    if (command.code !== 0) throw new Error(`npm run import of the large file exited ${String(command.code)}`);
    const when = new Date().toISOString().slice(0, 10);
    const size = (f: { mib: number }) => `${f.mib.toFixed(0)} MiB`;
    process.stdout.write([
      `### Import (${when}, \`npm run bench:import\`: into the store of ${Number(stored).toLocaleString("en")} households, and removed again)`,
      "",
      `- one file of ${HOUSEHOLDS.toLocaleString("en")} households (${size(streamed)}), streamed and spooled, checked and written in batches (as \`npm run import\` does before it re-detects): ${rate(streamed.records, streamedMs)}`,
      `- the same size kept in memory, not spooled (as \`npm run import\` keeps a file under 1 MiB): ${rate(whole.records, wholeMs)}`,
      `- deliveries of 1,000 households, generated and written two at a time (as \`npm run seed\`): ${rate(seeded, seedMs)}`,
      `- \`npm run import\` of one file of ${LARGE.toLocaleString("en")} households (${size(large)}, streamed) with its heap capped at ${HEAP_MIB} MiB, re-detection included: ` +
        `${rate(large.records, command.ms)}, peak resident memory ${command.peakMiB.toFixed(0)} MiB. Reading that file whole with JSON.parse alone holds ${wholeMiB.toFixed(0)} MiB of heap.`,
      "",
    ].join("\n"));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    for (const seed of Object.values(seeds)) {
      await graph.writeOnce(REMOVE_HITS, { prefix: syntheticPrefix(seed) });
      await graph.writeOnce(REMOVE, { prefix: syntheticPrefix(seed) });
    }
    await graph.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`import bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

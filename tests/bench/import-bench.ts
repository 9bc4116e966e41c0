/**
 * `npm run bench:import`: how fast deliveries come into a large store (NEO4J_URI and NEO4J_PASSWORD:
 * the benchmark's 100,000 households). 5,000 generated households, twice under seeds of their own:
 * once as one file, read, parsed, validated and written as `npm run import` does before it
 * re-detects; once as deliveries of 1,000, as `npm run seed` writes them. Both are removed again
 * afterwards, so the store stays at its size.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../src/config";
import { todayIn } from "../../src/dates";
import { cypher } from "../../src/graph/cypher";
import { Graph } from "../../src/graph/gateway";
import { importDeliveries } from "../../src/import/deliveries";
import { importDataset } from "../../src/import/import.service";
import { logger } from "../../src/logger";
import { generateMunicipality, syntheticPrefix } from "../../seeds/generator/generate";
import { timed } from "./timing";

const HOUSEHOLDS = 5000;
const REMOVE = cypher("../tests/bench/queries/remove-generated.cypher");

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.neo4j) throw new Error("set NEO4J_URI and NEO4J_PASSWORD to the benchmark's Neo4j (100,000 households)");
  logger.level = "warn";
  const graph = Graph.connect(config.neo4j.uri, config.neo4j.user, config.neo4j.password, undefined, 600_000);
  const today = todayIn(config.timeZone);
  const [{ households: stored } = {}] = await graph.read(cypher("graph/queries/count-households.cypher"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "behangrol-import-"));
  const seeds = [9001, 9002];
  const rate = (records: number, ms: number) => `${records.toLocaleString("en")} records in ${(ms / 1000).toFixed(1)} s: **${Math.round(records / (ms / 1000)).toLocaleString("en")} records/s**`;
  try {
    // one file of 5,000 households (after its organisations, which it refers to)
    const [organisations, households] = [...generateMunicipality({ households: HOUSEHOLDS, seed: seeds[0]!, chunkSize: HOUSEHOLDS })];
    const file = path.join(dir, "households.json");
    fs.writeFileSync(file, JSON.stringify(households));
    await importDataset(graph, organisations!, today);
    const [outcome, fileMs] = await timed(() => importDataset(graph, JSON.parse(fs.readFileSync(file, "utf8")), today));
    if (!outcome.ok) throw new Error(`rejected: ${JSON.stringify(outcome.errors.slice(0, 3))}`);
    const fileRecords = outcome.counts.reduce((n, c) => n + c.received, 0);
    // the same size as deliveries of 1,000 (generation included, as the seed does it)
    const [seeded, seedMs] = await timed(() => importDeliveries(graph, generateMunicipality({ households: HOUSEHOLDS, seed: seeds[1]! }), today));
    const when = new Date().toISOString().slice(0, 10);
    process.stdout.write([
      `### Import (${when}, \`npm run bench:import\`: into the store of ${Number(stored).toLocaleString("en")} households, and removed again)`,
      "",
      `- one file of ${HOUSEHOLDS.toLocaleString("en")} households, read, parsed, validated and written in batches (as \`npm run import\`, before it re-detects): ${rate(fileRecords, fileMs)}`,
      `- deliveries of 1,000 households, generated and written two at a time (as \`npm run seed\`): ${rate(seeded, seedMs)}`,
      "",
    ].join("\n"));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    for (const seed of seeds) await graph.writeOnce(REMOVE, { prefix: syntheticPrefix(seed) });
    await graph.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`import bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

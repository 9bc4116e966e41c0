import fs from "node:fs";
import path from "node:path";
import { loadConfig, projectRoot } from "../../src/config";
import { todayIn } from "../../src/dates";
import { detect } from "../../src/detectors/detect.service";
import { frameParams, resolveParams } from "../../src/detectors/params";
import { DETECTORS } from "../../src/detectors/registry";
import type { PatternKind } from "../../src/detectors/types";
import { Graph } from "../../src/graph/gateway";
import { startLocalNeo4j } from "../../src/graph/local-server";
import { migrate } from "../../src/graph/migrations";
import { importDataset } from "../../src/import/import.service";
import { logger } from "../../src/logger";
import { generateMunicipality } from "../../seeds/generator/generate";

/**
 * `npm run bench [-- HOUSEHOLDS]`: imports a synthetic municipality (default 10,000 households,
 * seed 1) into a fresh local Neo4j and times every detector over the whole population.
 * Writes tests/bench/RESULTS.md.
 */
async function main(): Promise<void> {
  const households = Number(process.argv[2] ?? 10_000);
  const config = loadConfig();
  logger.level = "warn";
  const say = (line: string): void => void process.stdout.write(`${line}\n`);
  fs.rmSync(path.join(config.dataDir, "neo4j-bench"), { recursive: true, force: true });
  const server = await startLocalNeo4j({ dataDir: config.dataDir, name: "neo4j-bench", heap: "2g", pageCache: "1g", progress: say });
  const graph = Graph.connect(server.uri, server.user, server.password, undefined, 600_000);
  const lines: string[] = [];
  try {
    await migrate(graph);
    const today = todayIn(config.timeZone);
    let records = 0;
    const importStart = Date.now();
    for (const d of generateMunicipality({ households, seed: 1 })) {
      const r = await importDataset(graph, d, today);
      if (!r.ok) throw new Error(`rejected: ${JSON.stringify(r.errors.slice(0, 3))}`);
      records += r.counts.reduce((n, c) => n + c.received, 0);
    }
    const importMs = Date.now() - importStart;
    say(`imported ${households} households, ${records} records in ${(importMs / 1000).toFixed(1)}s`);
    const frame = { asOf: "2026-01-01", from: null, to: null };
    lines.push(
      `# Detector benchmark`, "",
      `${households} generated households (seed 1, ${records} records), local Neo4j 5.26 Community (heap 2g, page cache 1g),`,
      `${new Date().toISOString().slice(0, 10)}, on this project's 2-core machine. asOf ${frame.asOf}, default parameters.`,
      `Import: ${(importMs / 1000).toFixed(1)} s (${Math.round(records / (importMs / 1000))} records/s).`, "",
      "| detector | hits | median of 3 (ms) | db hits (PROFILE) | plan starts with |", "| --- | ---: | ---: | ---: | --- |",
    );
    for (const kind of Object.keys(DETECTORS) as PatternKind[]) {
      await detect(graph, kind, frame); // warm-up: plan cache and page cache
      const times: number[] = [];
      let hits = 0;
      for (let k = 0; k < 3; k++) {
        const started = process.hrtime.bigint();
        hits = (await detect(graph, kind, frame)).length;
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      const median = [...times].sort((a, b) => a - b)[1] as number;
      const spec = DETECTORS[kind];
      const prof = await graph.profile(spec.query, { ...resolveParams(spec, {}), ...frameParams(frame), householdId: null });
      const leaf = prof.operators.filter((o) => /Scan|Seek/.test(o));
      lines.push(`| ${kind} | ${hits} | ${median.toFixed(0)} | ${prof.dbHits} | ${[...new Set(leaf)].join(", ")} |`);
      say(lines[lines.length - 1] as string);
    }
    fs.writeFileSync(path.join(projectRoot, "tests", "bench", "RESULTS.md"), `${lines.join("\n")}\n`);
  } finally {
    await graph.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

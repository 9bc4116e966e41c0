import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { todayIn } from "../../src/dates";
import { migrate } from "../../src/graph/migrations";
import { importDeliveries } from "../../src/import/deliveries";
import { importMessages } from "../../src/messages/import-messages";
import { MessageReader } from "../../src/messages/read-batch";
import { messagesAt } from "../../src/messages/sources";
import { MessageFolder } from "../../src/cli/message-folder";
import { generateMunicipality } from "../../seeds/generator/generate";
import { freshStore } from "./fresh-store";
import { writeResultsPart } from "./results-file";
import { ms, timed } from "./timing";

/**
 * `npm run bench:messages [-- HOUSEHOLDS]`: a synthetic municipality (default 20,000 households) whose
 * youth and Wmo help is written as iJw/iWmo 3.2 messages (`npm run seed -- --messages` does the
 * same), then: the messages read and checked only (XML, namespace, XSD, rules), the whole import
 * (checked, written, re-detected), and the same folder again (every message a repeat). Writes its
 * part of tests/bench/RESULTS.md.
 */
async function main(): Promise<void> {
  const households = Number(process.argv[2] ?? 20_000);
  const { config, graph, line, out, stop } = await freshStore("neo4j-bench-messages");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "behangrol-messages-"));
  try {
    await migrate(graph);
    const today = todayIn(config.timeZone);
    const folder = new MessageFolder(dir, "0999", today);
    const [records, seedMs] = await timed(() => importDeliveries(graph, folder.split(generateMunicipality({ households, seed: 1, mix: "dense" })), today));
    const bytes = folderBytes(dir);
    const rate = (n: number, t: number): string => `${Math.round(n / (t / 1000)).toLocaleString("en")}/s`;

    const [reader, checkMs] = await timed(async () => {
      const r = new MessageReader(today);
      for await (const m of messagesAt(dir)) await r.add(m);
      await r.finish();
      return r;
    });
    if (reader.problems.length) throw new Error(`generated messages refused: ${reader.problems.slice(0, 3).map((p) => `${p.file}: ${p.path}: ${p.message}`).join("; ")}`);
    const phases = new Map<string, number>();
    const steps = new Map<string, { rows: number; ms: number }>();
    const [first, importMs] = await timed(() => importMessages(graph, messagesAt(dir), today, "bench", {
      onPhase: (name, t) => phases.set(name, t),
      onStep: (query, rows, t) => {
        const s = steps.get(query) ?? { rows: 0, ms: 0 };
        steps.set(query, { rows: s.rows + rows, ms: s.ms + t });
      },
    }));
    if (!first.outcome.ok) throw new Error(`import refused: ${first.outcome.errors.slice(0, 3).map((e) => `${e.path}: ${e.message}`).join("; ")}`);
    const [again, againMs] = await timed(() => importMessages(graph, messagesAt(dir), today, "bench"));
    const written = first.outcome.counts.reduce((n, c) => n + c.received, 0);
    const detectMs = first.run?.durationMs ?? 0;

    line(`## iJw/iWmo messages (\`npm run bench:messages -- ${households}\`, ${today})`);
    line();
    line(`${households.toLocaleString("en")} generated households (seed 1): ${records.toLocaleString("en")} records as JSON deliveries (persons by BSN; seeded in ${ms(seedMs)}), ` +
      `their youth and Wmo help as ${folder.written.toLocaleString("en")} message files (${(bytes / 2 ** 20).toFixed(0)} MiB, one folder per delivery of 1,000 households). ` +
      "Local Neo4j 5.26 (heap 2g, page cache 2g), this 2-core machine, one run.");
    line();
    line("| | messages | time | messages a second |");
    line("| --- | ---: | ---: | ---: |");
    line(`| read and checked only (files read, XML parsed, namespace, XSD in runs of 5,000 per type, rules) | ${folder.written.toLocaleString("en")} | ${ms(checkMs)} | ${rate(folder.written, checkMs)} |`);
    line(`| \`npm run import\` of the folder: checked, chained against the store, ${written.toLocaleString("en")} records written, ${first.run ? `${first.run.households?.toLocaleString("en") ?? "all"} households re-detected` : "the re-detection failed (the log says why; the import stands)"} | ${first.messages.received.toLocaleString("en")} | ${ms(importMs)} | ${rate(first.messages.received, importMs)} |`);
    if (first.run) line(`| — of which the re-detection | | ${ms(detectMs)} | |`);
    line(`| — without the re-detection | | ${ms(importMs - detectMs)} | ${rate(first.messages.received, importMs - detectMs)} |`);
    line(`| the same folder again (every message received before: nothing written) | ${again.messages.repeated.toLocaleString("en")} | ${ms(againMs)} | ${rate(again.messages.received, againMs)} |`);
    line();
    line(`Where the import's time went: read and checked ${ms(phases.get("read") ?? 0)}, looked up in the store ${ms(phases.get("lookup") ?? 0)}, ` +
      `chained and mapped ${ms(phases.get("chain") ?? 0)}, checked as records, written and re-detected ${ms(phases.get("write") ?? 0)}; ` +
      `the writes (rows, time summed over the writers): ${[...steps].sort((a, b) => b[1].ms - a[1].ms).map(([q, s]) => `${q} ${s.rows.toLocaleString("en")} in ${ms(s.ms)}`).join(", ")}.`);
    line();
    line("Goal (issue 23): 10,000 messages a second or more.");
    writeResultsPart("messages", out.join("\n"));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await stop();
  }
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const name of fs.readdirSync(dir, { recursive: true }).map(String)) {
    const stat = fs.statSync(path.join(dir, name));
    if (stat.isFile()) total += stat.size;
  }
  return total;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  },
);

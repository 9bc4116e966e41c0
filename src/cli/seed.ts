import { Command, InvalidArgumentError } from "commander";
import { Presets, SingleBar } from "cli-progress";
import { generateMunicipality } from "../../seeds/generator/generate";
import { loadConfig } from "../config";
import { todayIn } from "../dates";
import { connect } from "../graph/connect";
import type { Dataset } from "../import/dataset";
import { importDataset } from "../import/import.service";
import { runDetection } from "../hits/run.service";
import { describeRun } from "./describe-run";
import { logger } from "../logger";

const whole = (min: number) => (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`a whole number of at least ${min}`);
  return n;
};

/**
 * Deliveries written at the same time. Two keep both cores busy (Neo4j runs one query on one core;
 * validating the next delivery overlaps writing this one): 11,400 -> 15,000 records/s at 100,000
 * households. Three are slower: their transactions wait on the same agencies' locks.
 */
const WRITERS = 2;

/** `npm run seed -- --households N [--seed S]`: generates and imports a synthetic municipality. */
async function main(): Promise<void> {
  const opts = new Command("seed")
    .description("Generate and import a synthetic municipality (deterministic for a seed).")
    .requiredOption("--households <n>", "how many households", whole(1))
    .option("--seed <s>", "the seed: the same seed gives the same data", whole(0), 1)
    .option("--chunk <n>", "households per delivery", whole(1), 1000)
    .option("--no-detect", "do not run the detectors afterwards (one full run stores the hits)")
    .parse()
    .opts<{ households: number; seed: number; chunk: number; detect: boolean }>();
  const config = loadConfig();
  logger.level = "warn";
  const connection = await connect(config, (line) => process.stderr.write(`${line}\n`));
  const bar = new SingleBar({ format: "seeding [{bar}] {value}/{total} households  {eta_formatted} left", stream: process.stderr }, Presets.shades_classic);
  const started = Date.now();
  let records = 0;
  try {
    bar.start(opts.households, 0);
    const deliveries = generateMunicipality({ households: opts.households, seed: opts.seed, chunkSize: opts.chunk });
    const write = async (delivery: Dataset): Promise<void> => {
      const result = await importDataset(connection.graph, delivery, todayIn(config.timeZone));
      if (!result.ok) throw new Error(`generated delivery ${delivery.source} was rejected: ${result.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join("; ")}`);
      records += result.counts.reduce((n, c) => n + c.received, 0);
      bar.increment(delivery.households?.length ?? 0);
    };
    const organisations = deliveries.next(); // first, alone: every other delivery refers to its agencies and professionals
    if (!organisations.done) await write(organisations.value);
    // the households' deliveries are independent: WRITERS at a time, one validated while another is written
    await Promise.all(Array.from({ length: WRITERS }, async () => {
      for (let next = deliveries.next(); !next.done; next = deliveries.next()) await write(next.value);
    }));
    bar.stop();
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(`Seeded ${opts.households} households (seed ${opts.seed}): ${records} records in ${seconds.toFixed(1)}s.\n`);
    if (opts.detect) {
      const run = await runDetection(connection.graph, { today: todayIn(config.timeZone), trigger: "seed", householdIds: null });
      process.stdout.write(`${describeRun(run)}\n`);
    }
  } finally {
    bar.stop();
    await connection.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

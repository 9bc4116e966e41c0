import { Command, InvalidArgumentError } from "commander";
import { generateMunicipality } from "../../seeds/generator/generate";
import { loadConfig } from "../config";
import { todayIn } from "../dates";
import { connect } from "../graph/connect";
import { importDeliveries } from "../import/deliveries";
import { runDetection } from "../hits/run.service";
import { describeRun } from "./describe-run";
import { PhasedProgress } from "./progress";
import { logger } from "../logger";

const whole = (min: number) => (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`a whole number of at least ${min}`);
  return n;
};

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
  const progress = new PhasedProgress();
  const started = Date.now();
  try {
    let seeded = 0;
    progress.show("seeding", 0, opts.households, "households");
    const deliveries = generateMunicipality({ households: opts.households, seed: opts.seed, chunkSize: opts.chunk });
    const records = await importDeliveries(connection.graph, deliveries, todayIn(config.timeZone), (delivery) => {
      seeded += delivery.households?.length ?? 0;
      progress.show("seeding", seeded, opts.households, "households");
    });
    progress.stop();
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(`Seeded ${opts.households} households (seed ${opts.seed}): ${records} records in ${seconds.toFixed(1)}s.\n`);
    if (opts.detect) {
      const run = await runDetection(connection.graph, { today: todayIn(config.timeZone), trigger: "seed", householdIds: null, onProgress: progress.of("detecting", "patterns") });
      progress.stop();
      process.stdout.write(`${describeRun(run)}\n`);
    }
  } finally {
    progress.stop();
    await connection.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

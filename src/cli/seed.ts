import { Command, InvalidArgumentError, Option } from "commander";
import { generateMunicipality } from "../../seeds/generator/generate";
import { loadConfig } from "../config";
import { todayIn } from "../dates";
import { connect } from "../graph/connect";
import { importDeliveries } from "../import/deliveries";
import { runDetection } from "../hits/run.service";
import { describeRun } from "./describe-run";
import { PhasedProgress } from "./progress";
import { logger } from "../logger";
import { importMessages } from "../messages/import-messages";
import { messagesAt } from "../messages/sources";
import { MessageFolder } from "./message-folder";

const whole = (min: number) => (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`a whole number of at least ${min}`);
  return n;
};

const cbsCode = (value: string): string => {
  if (!/^[0-9]{4}$/.test(value)) throw new InvalidArgumentError("a CBS municipality code: 4 digits");
  return value;
};

/**
 * `npm run seed -- --households N [--seed S] [--mix calibrated|dense] [--messages DIR]`: generates and imports a synthetic
 * municipality; with --messages its youth and Wmo help is written as iJw/iWmo 3.2 messages into
 * DIR and imported from there, the rest as JSON deliveries that name persons by BSN.
 */
async function main(): Promise<void> {
  const opts = new Command("seed")
    .description("Generate and import a synthetic municipality (deterministic for a seed).")
    .requiredOption("--households <n>", "how many households", whole(1))
    .option("--seed <s>", "the seed: the same seed gives the same data", whole(0), 1)
    .option("--chunk <n>", "households per delivery", whole(1), 1000)
    .addOption(new Option("--mix <mix>", "calibrated: plausible rates (docs/generator.md); dense: the stress mix the benchmarks use").choices(["calibrated", "dense"]).default("calibrated"))
    .option("--no-detect", "do not run the detectors afterwards (one full run stores the hits)")
    .option("--messages <dir>", "write the youth and Wmo help as iJw/iWmo 3.2 messages into this folder (docs/messages.md) and import them from it")
    .option("--cbs <code>", "the municipality's CBS code in the messages", cbsCode, "0999")
    .option("--write-only", "with --messages: write the messages, do not import them (npm run import -- DIR does)")
    .parse()
    .opts<{ households: number; seed: number; chunk: number; mix: "calibrated" | "dense"; detect: boolean; messages?: string; cbs: string; writeOnly?: boolean }>();
  const config = loadConfig();
  logger.level = "warn";
  const connection = await connect(config, (line) => process.stderr.write(`${line}\n`));
  const progress = new PhasedProgress();
  const started = Date.now();
  try {
    let seeded = 0;
    progress.show("seeding", 0, opts.households, "households");
    const today = todayIn(config.timeZone);
    const generated = generateMunicipality({ households: opts.households, seed: opts.seed, chunkSize: opts.chunk, mix: opts.mix });
    const writer = opts.messages ? new MessageFolder(opts.messages, opts.cbs, today) : undefined;
    const deliveries = writer ? writer.split(generated) : generated;
    const records = await importDeliveries(connection.graph, deliveries, today, (delivery) => {
      seeded += delivery.households?.length ?? 0;
      progress.show("seeding", seeded, opts.households, "households");
    });
    progress.stop();
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(`Seeded ${opts.households} households (seed ${opts.seed}): ${records} records in ${seconds.toFixed(1)}s${writer ? `, and ${writer.written} iJw/iWmo messages written to ${opts.messages}` : ""}.\n`);
    if (writer && !opts.writeOnly) {
      const read = Date.now();
      const { outcome, messages } = await importMessages(connection.graph, messagesAt(writer.dir), today, "seed", {
        onRead: (n) => n % 1000 === 0 && progress.show("reading messages", n, writer.written, "messages"),
        onProgress: progress.of("importing messages", "records"),
      });
      progress.stop();
      if (!outcome.ok) throw new Error(`the messages were refused: ${outcome.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join("; ")}`);
      const took = (Date.now() - read) / 1000;
      process.stdout.write(`Imported ${messages.created} messages in ${took.toFixed(1)}s (${Math.round(messages.received / took)} messages/s).\n`);
      await importDeliveries(connection.graph, writer.outcomes(), today);
    } else if (writer) {
      const outcomes = writer.writeOutcomes();
      process.stdout.write(`Import them with: npm run import -- ${opts.messages}${outcomes ? ` && npm run import -- ${outcomes} (the outcomes of that help)` : ""}\n`);
    }
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

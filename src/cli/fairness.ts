import fs from "node:fs";
import path from "node:path";
import { Command, Option } from "commander";
import { loadConfig } from "../config";
import { todayIn } from "../dates";
import { dateArgument as date } from "./date-argument";
import { detect } from "../detectors/detect.service";
import { fairnessReport } from "../fairness/fairness.service";
import { fairnessMarkdown, fairnessSummary, flagsOf } from "../fairness/report-text";
import { storeFairness } from "../fairness/stored";
import { connect } from "../graph/connect";
import { logger } from "../logger";

/**
 * `npm run fairness [-- --as-of D] [--format markdown|json] [--out DIR]`: whom each rule selects,
 * per group, with flags, justifications, human judgement and the proxy check. Counts only. The
 * report is kept in the store (the register entry cites the latest). Exit code 2: a flag without
 * a justification.
 */
async function main(): Promise<void> {
  const o = new Command("fairness")
    .description("Measure every rule's selection rate per neighbourhood, household type, age of the youngest and eldest, and agencies involved.")
    .option("--as-of <date>", "the date the rules are measured at (default: today)", date)
    .addOption(new Option("--format <format>", "what to print").choices(["markdown", "json"]).default("markdown"))
    .option("--out <dir>", "also write fairness-<date>.md and fairness-<date>.json there")
    .option("--no-store", "do not keep the report in the store")
    .parse()
    .opts<{ asOf?: string; format: "markdown" | "json"; out?: string; store: boolean }>();
  const config = loadConfig();
  logger.level = config.logLevel === "info" ? "warn" : config.logLevel;
  const connection = await connect(config, (line) => process.stderr.write(`${line}\n`));
  try {
    const asOf = o.asOf ?? todayIn(config.timeZone);
    const report = await fairnessReport(connection.graph, asOf, config.fairness, (kind, frame) => detect(connection.graph, kind, frame));
    const markdown = fairnessMarkdown(report);
    const json = `${JSON.stringify(report, null, 2)}\n`;
    const flags = flagsOf(report);
    const unjustified = flags.filter((f) => !f.group.justified);
    if (o.store) await storeFairness(connection.graph, { asOf, flagged: flags.length, unjustified: unjustified.length, summaryNL: fairnessSummary(report), json });
    if (o.out) {
      fs.mkdirSync(o.out, { recursive: true });
      fs.writeFileSync(path.join(o.out, `fairness-${asOf}.md`), markdown);
      fs.writeFileSync(path.join(o.out, `fairness-${asOf}.json`), json);
    }
    process.stdout.write(o.format === "json" ? json : markdown);
    for (const f of unjustified) {
      process.stderr.write(`not justified: ${f.kind} selects ${f.group.dimension} ${f.group.group} at ${f.group.ratio.toFixed(2)} times the rate of all households\n`);
    }
    if (unjustified.length) process.exitCode = 2;
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`fairness failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

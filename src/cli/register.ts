import "reflect-metadata"; // the dismissal reasons are a GraphQL enum too
import { Command, Option } from "commander";
import { buildAlgoritmeregister, fairnessCurrency, publicationProblems } from "../accountability/algoritmeregister";
import { todayIn } from "../dates";
import { buildRegister, registerMarkdown } from "../accountability/register";
import { registerFacts } from "../accountability/register.service";
import { loadConfig } from "../config";
import { connect } from "../graph/connect";
import { logger } from "../logger";

/** Exit code when the v1.0 entry cannot be published yet (a required setting unset, or a field the register would refuse). */
const NOT_PUBLISHABLE = 2;

/**
 * `npm run register [-- --format json|algoritmeregister]`: the Algorithm Register entry, from the
 * code, the configuration, the triage and the latest fairness report.
 */
async function main(): Promise<void> {
  const opts = new Command("register")
    .description("Print the installation's Algorithm Register entry (Dutch), with each rule's human judgement; says what is still missing. " +
      `algoritmeregister: the entry in the register's publication standard v1.0 (one JSON object); exit code ${NOT_PUBLISHABLE} when it cannot be published yet.`)
    .addOption(new Option("--format <format>", "markdown, json or algoritmeregister").choices(["markdown", "json", "algoritmeregister"]).default("markdown"))
    .parse()
    .opts<{ format: "markdown" | "json" | "algoritmeregister" }>();
  const config = loadConfig();
  logger.level = config.logLevel === "info" ? "warn" : config.logLevel;
  const connection = await connect(config, (line) => process.stderr.write(`${line}\n`));
  try {
    const { judgement, fairness } = await registerFacts(connection.graph, config.review);
    if (opts.format === "algoritmeregister") {
      const built = buildAlgoritmeregister(config, judgement, fairness);
      const { problems: found, publishable } = publicationProblems(built);
      const stale = fairnessCurrency(fairness, todayIn(config.timeZone));
      const problems = stale ? [...found, stale] : found;
      process.stdout.write(`${JSON.stringify(built.entry, null, 2)}\n`);
      if (problems.length) {
        process.stderr.write(`${publishable ? "The entry can be published; to complete it" : "The entry cannot be published yet"}:\n${problems.map((m) => `  ${m}`).join("\n")}\n`);
      }
      if (!publishable) process.exitCode = NOT_PUBLISHABLE;
      return;
    }
    const entry = buildRegister(config, judgement);
    process.stdout.write(opts.format === "json" ? `${JSON.stringify(entry, null, 2)}\n` : registerMarkdown(entry));
    if (entry.ontbreekt.length) {
      process.stderr.write(`The entry is not complete yet; set:\n${entry.ontbreekt.map((m) => `  ${m}`).join("\n")}\n`);
    }
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`register failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

import "reflect-metadata"; // the dismissal reasons are a GraphQL enum too
import { Command, Option } from "commander";
import { judgementFigures } from "../accountability/judgement.service";
import { buildRegister, registerMarkdown } from "../accountability/register";
import { loadConfig } from "../config";
import { DETECTORS } from "../detectors/registry";
import type { PatternKind } from "../detectors/types";
import { connect } from "../graph/connect";
import { logger } from "../logger";

/** `npm run register [-- --format json]`: the Algorithm Register entry, from the code, the configuration and the triage. */
async function main(): Promise<void> {
  const opts = new Command("register")
    .description("Print the installation's Algorithm Register entry (Dutch), with each rule's human judgement; says what is still missing.")
    .addOption(new Option("--format <format>", "markdown or json").choices(["markdown", "json"]).default("markdown"))
    .parse()
    .opts<{ format: "markdown" | "json" }>();
  const config = loadConfig();
  logger.level = config.logLevel === "info" ? "warn" : config.logLevel;
  const connection = await connect(config, (line) => process.stderr.write(`${line}\n`));
  try {
    const judgement = await judgementFigures(connection.graph, Object.keys(DETECTORS) as PatternKind[], config.review);
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

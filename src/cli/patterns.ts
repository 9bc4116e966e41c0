import os from "node:os";
import { Command, Option } from "commander";
import { appendAudit } from "../access/audit";
import { loadConfig } from "../config";
import { CSV_BOM, csvRow } from "../csv";
import { todayIn } from "../dates";
import { dateArgument as date } from "./date-argument";
import { detect } from "../detectors/detect.service";
import { PARAM_NAMES, PatternKind, type Lang, type Params } from "../detectors/types";
import { connect } from "../graph/connect";
import { logger } from "../logger";

/** `npm run patterns -- --kind K [--as-of D] [--format csv|json]`: the hits, for use outside the API. */
async function main(): Promise<void> {
  const program = new Command("patterns")
    .description("Print the hits of one detector over the whole population.")
    .addOption(new Option("--kind <kind>", "the pattern").choices(Object.values(PatternKind)).makeOptionMandatory())
    .option("--as-of <date>", "analysis date (default: today)", date)
    .option("--from <date>", "window start", date)
    .option("--to <date>", "window end", date)
    .addOption(new Option("--format <format>", "output format").choices(["csv", "json"]).default("csv"))
    .addOption(new Option("--lang <lang>", "language of the explanations").choices(["EN", "NL"]).default("EN"))
    .option("--param <name=value...>", `detector parameters (${PARAM_NAMES.join(", ")})`)
    .requiredOption("--purpose <why>", "why these hits are needed (recorded in the audit trail)")
    .parse();
  const o = program.opts<{ kind: PatternKind; asOf?: string; from?: string; to?: string; format: "csv" | "json"; lang: Lang; param?: string[]; purpose: string }>();
  const params: Params = {};
  for (const p of o.param ?? []) {
    const [name, value] = p.split("=");
    if (!PARAM_NAMES.includes(name as (typeof PARAM_NAMES)[number]) || !/^-?\d+$/.test(value ?? "")) {
      throw new Error(`--param ${p}: expected name=number with a name from ${PARAM_NAMES.join(", ")}`);
    }
    params[name as (typeof PARAM_NAMES)[number]] = Number(value);
  }
  const config = loadConfig();
  logger.level = "warn";
  const connection = await connect(config, (line) => process.stderr.write(`${line}\n`));
  try {
    const frame = { asOf: o.asOf ?? todayIn(config.timeZone), from: o.from ?? null, to: o.to ?? null };
    const hits = await detect(connection.graph, o.kind, frame, params);
    // the hits name households and persons: recorded like any other search, before they are printed
    await appendAudit(connection.graph, {
      action: "search", outcome: "success", userId: os.userInfo().username, userName: null, role: "ADMIN", purpose: o.purpose,
      agencyId: null, origin: "command line", operation: `npm run patterns -- --kind ${o.kind}`,
      persons: hits.filter((h) => h.subjectType === "Person").map((h) => h.subjectId),
      households: hits.filter((h) => h.subjectType === "Household").map((h) => h.subjectId),
    });
    if (o.format === "json") {
      process.stdout.write(`${JSON.stringify(hits.map(({ neighbourhoods, explanation, ...h }) => ({ ...h, neighbourhoods, explanation: explanation[o.lang] })), null, 2)}\n`);
    } else {
      process.stdout.write(CSV_BOM + csvRow(["kind", "subject_type", "subject_id", "score", "neighbourhood", "evidence_count", "explanation"]));
      for (const h of hits) {
        process.stdout.write(csvRow([h.kind, h.subjectType, h.subjectId, h.score, h.neighbourhoods.join(";"), h.evidence.length, h.explanation[o.lang]]));
      }
    }
    process.stderr.write(`${hits.length} hits\n`);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`patterns failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

import os from "node:os";
import { Command } from "commander";
import { loadConfig } from "../config";
import { todayIn } from "../dates";
import { connect } from "../graph/connect";
import { logger } from "../logger";
import { applyRetention, describeRetention, yearsBefore } from "../retention/retention.service";

/** `npm run retention -- --yes`: removes what has outlived RETENTION_DATA_YEARS and RETENTION_AUDIT_YEARS, and records that it did. */
async function main(): Promise<number> {
  const opts = new Command("retention")
    .description("Remove records that ended, and audit entries made, longer ago than the configured retention; the audit trail records it.")
    .option("--yes", "really remove (without it: say what would be cut off, and stop)")
    .parse()
    .opts<{ yes?: boolean }>();
  const config = loadConfig();
  logger.level = config.logLevel === "info" ? "warn" : config.logLevel;
  const today = todayIn(config.timeZone);
  const { dataYears, auditYears } = config.retention;
  if (!opts.yes) {
    process.stdout.write(`Would remove records that ended before ${yearsBefore(today, dataYears)} (RETENTION_DATA_YEARS=${dataYears}) ` +
      `and audit entries from before ${yearsBefore(today, auditYears)} (RETENTION_AUDIT_YEARS=${auditYears}). Run again with --yes to do it.\n`);
    return 0;
  }
  const connection = await connect(config, (line) => process.stderr.write(`${line}\n`));
  try {
    const report = await applyRetention(connection.graph, config.retention, today, { userId: os.userInfo().username, origin: "command line" });
    process.stdout.write(`Retention: ${describeRetention(report)}.\n`);
    return 0;
  } finally {
    await connection.close();
  }
}

main().then((code) => process.exit(code), (error: unknown) => {
  process.stderr.write(`retention failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

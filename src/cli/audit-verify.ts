import { verifyAuditChain } from "../access/audit";
import { loadConfig } from "../config";
import { connect } from "../graph/connect";
import { logger } from "../logger";

/** `npm run audit:verify`: recomputes the audit trail's hash chain; exit 1 when it was tampered with. */
async function main(): Promise<number> {
  const config = loadConfig();
  logger.level = "warn";
  const connection = await connect(config, (line) => process.stderr.write(`${line}\n`));
  try {
    const report = await verifyAuditChain(connection.graph);
    if (report.ok) {
      process.stdout.write(`Audit trail intact: ${report.checked} entries, every hash chained to the one before.\n`);
      return 0;
    }
    process.stdout.write(`Audit trail BROKEN at entry ${report.brokenAt}: ${report.reason} (${report.checked} entries before it are intact).\n`);
    return 1;
  } finally {
    await connection.close();
  }
}

main().then((code) => process.exit(code), (error: unknown) => {
  process.stderr.write(`audit:verify failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});

import { Command } from "commander";
import { loadConfig } from "../config";
import { todayIn } from "../dates";
import { connect } from "../graph/connect";
import { runDetection } from "../hits/run.service";
import { logger } from "../logger";
import { describeRun } from "./describe-run";
import { PhasedProgress } from "./progress";

/** `npm run detect [-- --households h-1,h-2]`: runs the detectors now and stores their hits as work. */
async function main(): Promise<void> {
  const opts = new Command("detect")
    .description("Run the seven detectors (default parameters, as of today) and store their hits: new, changed, reopened, gone.")
    .option("--households <ids>", "only these households (comma-separated), as after a delivery")
    .parse()
    .opts<{ households?: string }>();
  const config = loadConfig();
  logger.level = config.logLevel === "info" ? "warn" : config.logLevel;
  const connection = await connect(config, (line) => process.stderr.write(`${line}\n`));
  try {
    const householdIds = opts.households ? opts.households.split(",").map((s) => s.trim()).filter(Boolean) : null;
    const progress = new PhasedProgress();
    const run = await runDetection(connection.graph, { today: todayIn(config.timeZone), trigger: "command", householdIds, onProgress: progress.of("detecting", "patterns") });
    progress.stop();
    process.stdout.write(`${describeRun(run)}\n`);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`detect failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

import fs from "node:fs";
import os from "node:os";
import { appendAudit } from "../access/audit";
import type { Config } from "../config";
import { todayIn } from "../dates";
import { connect } from "../graph/connect";
import { ImportStopped } from "../import/writer";
import { importMessages } from "../messages/import-messages";
import { messagesAt, type Listed } from "../messages/sources";
import { describeRun } from "./describe-run";
import { PhasedProgress } from "./progress";

/**
 * `npm run import -- MESSAGES [--set-aside-unknown]`: iJw/iWmo 3.2 messages from a .xml, a folder
 * (streamed, in name order) or a .zip. Exit 0 when written (or when every message was received before), 1 with every
 * problem and nothing written, 3 when stopped (importing the same messages again finishes it).
 */
export async function importMessageFiles(target: string, config: Config, opts: { progress: boolean; purpose: string; setAsideUnknown?: boolean }): Promise<number> {
  if (!fs.existsSync(target)) {
    process.stderr.write(`${target}: cannot be read: no such file or folder; nothing was written.\n`);
    return 1;
  }
  const connection = await connect(config, (line) => process.stderr.write(`${line}\n`));
  const progress = new PhasedProgress(opts.progress);
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
  const listed: Listed = { count: 0, skipped: 0 };
  try {
    const started = Date.now();
    let result: Awaited<ReturnType<typeof importMessages>>;
    try {
      result = await importMessages(connection.graph, messagesAt(target, listed), todayIn(config.timeZone), "import", {
        signal: stop.signal, setAsideUnknown: opts.setAsideUnknown === true,
        onRead: (n) => n % 500 === 0 && progress.show("reading", n, Math.max(n, listed.count), "messages"),
        onProgress: progress.of("importing", "records"), onDetect: progress.of("detecting", "patterns"),
      });
    } catch (error) {
      progress.stop();
      if (!(error instanceof ImportStopped)) throw error;
      process.stderr.write(`${target}: ${error.message}.\n`);
      return 3;
    }
    progress.stop();
    const { outcome, run, messages } = result;
    await appendAudit(connection.graph, {
      action: "import", outcome: outcome.ok ? "success" : "failure", userId: os.userInfo().username, userName: null, role: "ADMIN",
      purpose: opts.purpose, agencyId: null, origin: "command line", operation: "npm run import (iJw/iWmo messages)",
      persons: outcome.keys?.audit.persons ?? [], households: outcome.keys?.audit.households ?? [],
    });
    if (listed.skipped) process.stderr.write(`${target}: ${listed.skipped} file(s) that are not .xml were skipped.\n`);
    if (messages.skipped) {
      const types = [...result.skipped].map(([type, n]) => `${n} ${type}`).join(", ");
      process.stderr.write(`${target}: ${messages.skipped} message(s) of types behangrol does not read were skipped (${types}).\n`);
    }
    if (!outcome.ok) {
      process.stderr.write(`${target}: ${outcome.errors.length} problem(s) in ${messages.received} message(s); nothing was written.\n`);
      for (const e of outcome.errors) process.stderr.write(`  ${e.path}: ${e.message}\n`);
      return 1;
    }
    if (result.setAside.length) {
      process.stderr.write(`${target}: ${result.setAside.length} message(s) set aside, not applied (import them again once their 301 or request is in):\n`);
      for (const e of result.setAside) process.stderr.write(`  ${e.path}: ${e.message}\n`);
    }
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(`Imported ${messages.received} message(s) from ${target}: ${messages.created} new, ${messages.repeated} received before (${Math.round(messages.received / Math.max(seconds, 0.001))} messages/s).\n`);
    for (const c of outcome.counts.filter((c) => c.received)) process.stdout.write(`  ${c.kind}: ${c.received} (${c.created} new)\n`);
    if (run) process.stdout.write(`${describeRun(run)}\n`);
    return 0;
  } finally {
    process.removeListener("SIGTERM", onSignal);
    process.removeListener("SIGINT", onSignal);
    await connection.close();
  }
}

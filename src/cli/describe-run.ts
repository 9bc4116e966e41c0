import type { DetectionRunRecord } from "../hits/records";

/** A run in a few lines for a terminal: counts only, never a subject. */
export function describeRun(run: DetectionRunRecord): string {
  const scope = run.households === null ? "everyone" : `${run.households} household(s)`;
  const lines = [`Detection run ${run.seq} (${scope}, as of ${run.asOf}) in ${(run.durationMs / 1000).toFixed(1)}s: ` +
    `${run.hits} hits, ${run.new} new, ${run.changed} changed, ${run.reopened} reopened, ${run.gone} gone.`];
  for (const c of run.counts) lines.push(`  ${c.kind.padEnd(28)} ${String(c.hits).padStart(6)} hits  ${c.new} new  ${c.reopened} reopened  ${c.gone} gone`);
  return lines.join("\n");
}

import { appendAudit } from "../access/audit";
import { neoDate } from "../graph/convert";
import { cypher } from "../graph/cypher";
import type { Graph } from "../graph/gateway";
import { runDetection } from "../hits/run.service";
import { tallied } from "../hits/tallies";

const DATA = cypher("retention/queries/expired-data.cypher");
const AUDIT = cypher("retention/queries/expired-audit.cypher");

export interface RetentionRule { dataYears: number; auditYears: number }

export interface RetentionReport {
  dataBefore: string;
  auditBefore: string;
  removed: Record<"events" | "interventions" | "outcomes" | "memberships" | "coordinators" | "consents" | "persons" | "households" | "hits", number>;
  auditEntries: number;
}

/** A date `years` calendar years before `iso` (29 February becomes 28 February). */
export function yearsBefore(iso: string, years: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y - years, m, 0)).getUTCDate();
  return `${String(y - years).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/**
 * Removes what has outlived its retention: records that ended more than `dataYears` ago (and the
 * persons and households that kept nothing, with their stored hits), and audit entries older than
 * `auditYears` (a prefix of the chain, which stays verifiable from its checkpoint). Records that it
 * did in the audit trail, and re-detects everyone when data went.
 */
export async function applyRetention(graph: Graph, rule: RetentionRule, today: string, by: { userId: string; origin: string }): Promise<RetentionReport> {
  const dataBefore = yearsBefore(today, rule.dataYears);
  const auditBefore = `${yearsBefore(today, rule.auditYears)}T00:00:00.000Z`;
  const [data] = await graph.writeTx(DATA.name, async (tx) => tallied(tx, await tx.run(DATA, { cutoff: neoDate(dataBefore) }), "hitMoves"));
  const [audit] = await graph.write(AUDIT, { cutoff: auditBefore });
  const removed = Object.fromEntries(
    ["events", "interventions", "outcomes", "memberships", "coordinators", "consents", "persons", "households", "hits"].map((k) => [k, (data?.[k] as number | undefined) ?? 0]),
  ) as RetentionReport["removed"];
  const report: RetentionReport = { dataBefore, auditBefore, removed, auditEntries: (audit?.removed as number | undefined) ?? 0 };
  await appendAudit(graph, {
    action: "retention", outcome: "success", userId: by.userId, userName: null, role: "ADMIN", purpose: "bewaartermijn", agencyId: null,
    origin: by.origin, operation: `retention: ${describeRetention(report)}`, persons: [], households: [],
  });
  if (Object.values(removed).some((n) => n > 0)) await runDetection(graph, { today, trigger: "retention", householdIds: null });
  return report;
}

/** One line, counts only. */
export function describeRetention(r: RetentionReport): string {
  const parts = Object.entries(r.removed).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`);
  return `removed ${parts.length ? parts.join(", ") : "no records"} that ended before ${r.dataBefore}, and ${r.auditEntries} audit entries from before ${r.auditBefore.slice(0, 10)}`;
}


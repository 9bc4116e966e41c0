import crypto from "node:crypto";
import fs from "node:fs";
import { todayIn } from "../../src/dates";
import { Graph } from "../../src/graph/gateway";
import { CONNECTION_FILE } from "./connection";

/** A gateway to the run's Neo4j (see global-setup.ts). */
export function testGraph(): Graph {
  const { uri, user, password } = JSON.parse(fs.readFileSync(CONNECTION_FILE, "utf8")) as Record<string, string>;
  return Graph.connect(uri as string, user as string, password as string, undefined, 120_000);
}

/** A prefix no other test uses: every id a test writes starts with it. */
export function uniquePrefix(label: string): string {
  return `t-${label}-${crypto.randomBytes(4).toString("hex")}-`;
}

/**
 * The day the test API answers on (its time zone, Europe/Amsterdam: tests/support/api.ts): what a
 * test that records something "today" through it must send. Not the UTC day, which is yesterday
 * there between 23:00 and 24:00 UTC (22:00 in summer).
 */
export const apiToday = (): string => todayIn("Europe/Amsterdam");

/** The day tests treat as today, so that dates in fixtures never turn into "future" dates. */
export const TODAY = "2026-11-22";

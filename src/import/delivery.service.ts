import { requireRole } from "../access/guard";
import { Role } from "../access/viewer";
import type { Context } from "../context";
import { importAndDetect, type ImportAndDetect } from "../hits/import-and-detect";
import type { ImportCount, ImportResult } from "../model/import-result.type";
import { fromValue } from "./intake";

/**
 * What an import over the API answers, once the audit trail knows the persons and households it
 * wrote and subscribers have heard of its run. `first`: counts that go before the delivery's own.
 */
export async function answerImport(ctx: Context, { outcome, run }: ImportAndDetect, first: ImportCount[] = []): Promise<ImportResult> {
  for (const id of outcome.keys?.audit.households ?? []) ctx.access.touchedHouseholds.add(id);
  for (const id of outcome.keys?.audit.persons ?? []) ctx.access.touchedPersons.add(id);
  if (run) await ctx.runs.poll(); // subscribers hear of it at once
  return {
    ok: outcome.ok,
    source: outcome.source ?? null,
    errors: outcome.errors,
    counts: [...first, ...outcome.counts],
    received: outcome.counts.reduce((n, c) => n + c.received, 0),
    created: outcome.counts.reduce((n, c) => n + c.created, 0),
    detectionRun: run,
  };
}

/** ADMIN: one delivery, checked and written whole or not at all; then what it touched is detected again. */
export async function importDeliveryValue(ctx: Context, dataset: unknown): Promise<ImportResult> {
  requireRole(ctx, [Role.ADMIN], "Importing");
  return answerImport(ctx, await importAndDetect(ctx.graph, fromValue(dataset), ctx.today, "import"));
}

import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { importAndDetect } from "../hits/import-and-detect";
import { ImportResult } from "../model/import-result.type";
import { JSONScalar } from "../model/scalars";
import { requireRole } from "../access/guard";
import { Role } from "../access/viewer";
import type { Dataset } from "../import/dataset";

/** The persons and households a delivery wrote, for the audit trail. */
function touchDelivery(ctx: Context, d: Dataset): void {
  for (const h of d.households ?? []) ctx.access.touchedHouseholds.add(h.id);
  for (const p of d.persons ?? []) ctx.access.touchedPersons.add(p.id);
  for (const m of d.memberships ?? []) ctx.access.touchedPersons.add(m.personId);
}

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportResult, { description: "Validates a delivery (the import format) and writes it all, or nothing." })
  async importDataset(@Arg("dataset", () => JSONScalar) dataset: unknown, @Ctx() ctx: Context): Promise<ImportResult> {
    requireRole(ctx, [Role.ADMIN], "Importing");
    const { outcome, run } = await importAndDetect(ctx.graph, dataset, ctx.today, "import");
    if (outcome.ok) touchDelivery(ctx, dataset as Dataset);
    if (run) await ctx.runs.poll(); // subscribers hear of it at once
    return {
      ok: outcome.ok,
      source: outcome.source ?? null,
      errors: outcome.errors,
      counts: outcome.counts,
      received: outcome.counts.reduce((n, c) => n + c.received, 0),
      created: outcome.counts.reduce((n, c) => n + c.created, 0),
      detectionRun: run,
    };
  }
}

import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { importAndDetect } from "../hits/import-and-detect";
import { ImportResult } from "../model/import-result.type";
import { JSONScalar } from "../model/scalars";
import { requireRole } from "../access/guard";
import { Role } from "../access/viewer";
import { fromValue } from "../import/intake";
import type { DeliveryKeys } from "../import/delivery-check";

/** The persons and households a delivery wrote, for the audit trail. */
function touchDelivery(ctx: Context, keys: DeliveryKeys): void {
  for (const id of keys.audit.households) ctx.access.touchedHouseholds.add(id);
  for (const id of keys.audit.persons) ctx.access.touchedPersons.add(id);
}

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportResult, { description: "ADMIN: validates a delivery (the import format) and writes it all, or nothing; then detects again what it touched. Importing the same delivery twice changes nothing." })
  async importDataset(@Arg("dataset", () => JSONScalar, { description: "One delivery as a JSON object, in the format of shared/data-format.md." }) dataset: unknown, @Ctx() ctx: Context): Promise<ImportResult> {
    requireRole(ctx, [Role.ADMIN], "Importing");
    const { outcome, run } = await importAndDetect(ctx.graph, fromValue(dataset), ctx.today, "import");
    if (outcome.keys) touchDelivery(ctx, outcome.keys);
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

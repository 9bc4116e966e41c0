import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { importDataset } from "../import/import.service";
import { ImportResult } from "../model/import-result.type";
import { JSONScalar } from "../model/scalars";

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportResult, { description: "Validates a delivery (the import format) and writes it all, or nothing." })
  async importDataset(@Arg("dataset", () => JSONScalar) dataset: unknown, @Ctx() ctx: Context): Promise<ImportResult> {
    const outcome = await importDataset(ctx.graph, dataset, ctx.today);
    return {
      ok: outcome.ok,
      source: outcome.source ?? null,
      errors: outcome.errors,
      counts: outcome.counts,
      received: outcome.counts.reduce((n, c) => n + c.received, 0),
      created: outcome.counts.reduce((n, c) => n + c.created, 0),
    };
  }
}

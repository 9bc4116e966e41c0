import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { importDeliveryValue } from "../import/delivery.service";
import { ImportResult } from "../model/import-result.type";
import { JSONScalar } from "../model/scalars";

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportResult, { description: "ADMIN: validates a delivery (the import format) and writes it all, or nothing; then detects again what it touched. Importing the same delivery twice changes nothing." })
  async importDataset(@Arg("dataset", () => JSONScalar, { description: "One delivery as a JSON object, in the format of shared/data-format.md." }) dataset: unknown, @Ctx() ctx: Context): Promise<ImportResult> {
    return importDeliveryValue(ctx, dataset);
  }
}

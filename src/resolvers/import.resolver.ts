import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { done } from "../cases/problems";
import type { Context } from "../context";
import { importDeliveryValue } from "../import/delivery.service";
import { deliveryProblem, importPayload } from "../import/import-payload";
import { ImportDeliveryInput, ImportDeliveryPayload } from "../model/import-payload.type";
import { ImportResult } from "../model/import-result.type";
import { JSONScalar } from "../model/scalars";

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportResult, { description: "ADMIN: validates a delivery (the import format) and writes it all, or nothing; then detects again what it touched. Importing the same delivery twice changes nothing." })
  async importDataset(@Arg("dataset", () => JSONScalar, { description: "One delivery as a JSON object, in the format of shared/data-format.md." }) dataset: unknown, @Ctx() ctx: Context): Promise<ImportResult> {
    return importDeliveryValue(ctx, dataset);
  }

  @Mutation(() => ImportDeliveryPayload, {
    description: "ADMIN: importDataset with an input and userErrors: validates a delivery and writes it all, or nothing (then every problem is a userError " +
      "at its path in the delivery); then detects again what it touched. Importing the same delivery twice changes nothing.",
  })
  async importDelivery(@Arg("input", () => ImportDeliveryInput, { description: "The delivery." }) input: ImportDeliveryInput, @Ctx() ctx: Context) {
    return importPayload(done(await importDeliveryValue(ctx, input.dataset)), deliveryProblem);
  }
}

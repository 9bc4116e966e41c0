import { Field, InputType } from "type-graphql";
import { ImportResult } from "./import-result.type";
import { Payload } from "./payload";
import { JSONScalar } from "./scalars";

@InputType({ description: "One delivery to import." })
export class ImportDeliveryInput {
  @Field(() => JSONScalar, { description: "One delivery as a JSON object, in the format of shared/data-format.md." }) dataset!: unknown;
}

@InputType({ description: "iJw/iWmo 3.2 messages to import, all or nothing." })
export class ImportStandardMessagesInput {
  @Field(() => [String], { description: "The XML texts, one message each; at most 5000 a call (a larger archive: npm run import)." }) messages!: string[];
}

const RESULT = "What was written: counts per kind of record, and the detection run that followed; null when the import was refused (then nothing was written).";

export const ImportDeliveryPayload = Payload("ImportDeliveryPayload",
  "A delivery's answer: what was written, or every problem of the delivery as a userError at its path under [\"input\", \"dataset\"] (then nothing was written).", {
    result: { type: () => ImportResult, description: RESULT },
  });

export const ImportStandardMessagesPayload = Payload("ImportStandardMessagesPayload",
  "The messages' answer: what was written, or every problem as a userError under [\"input\", \"messages\", index], followed by the element's steps " +
  "(then nothing was written).", {
    result: { type: () => ImportResult, description: RESULT },
  });

import { Field, ObjectType } from "type-graphql";
import { UserError } from "./case.type";

type Returns = NonNullable<Parameters<typeof Field>[0]>;

/** One field of a payload: its type and what a caller reads there (it is null when nothing was written). */
export interface PayloadField { type: Returns; description: string }

/**
 * A mutation's answer, as GitHub and Shopify shape it: what it changed, in the fields given (each
 * null when nothing was written), then `userErrors`, every problem of the input with the field it is in.
 */
export function Payload(name: string, description: string, fields: Record<string, PayloadField>) {
  class Answer {}
  for (const [key, field] of Object.entries(fields)) Field(field.type, { nullable: true, description: field.description })(Answer.prototype, key);
  Field(() => [UserError], { description: "Every problem with the input, each naming its field; empty when the change was written." })(Answer.prototype, "userErrors");
  ObjectType(name, { description })(Answer);
  return Answer;
}

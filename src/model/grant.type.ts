import { Field, ID, InputType } from "type-graphql";
import { Payload } from "./payload";

@InputType({ description: "A coordinator, and a household it is to see in full." })
export class GrantHouseholdAccessInput {
  @Field(() => String, { description: "The coordinator's user id, as its tokens name it." }) userId!: string;
  @Field(() => ID, { description: "The household's delivery id." }) householdId!: string;
}

@InputType({ description: "A coordinator, and a household whose grant is withdrawn." })
export class RevokeHouseholdAccessInput {
  @Field(() => String, { description: "The user id the grant was for." }) userId!: string;
  @Field(() => ID, { description: "The household's delivery id." }) householdId!: string;
}

export const GrantHouseholdAccessPayload = Payload("GrantHouseholdAccessPayload", "A grant's answer: the household the coordinator now sees in full, or what the input got wrong (then nothing was written).", {
  householdId: { type: () => ID, description: "The household now granted (its delivery id); null when nothing was written." },
});

export const RevokeHouseholdAccessPayload = Payload("RevokeHouseholdAccessPayload", "A withdrawal's answer: whether there was a grant to withdraw, or what the input got wrong (then nothing was written).", {
  householdId: { type: () => ID, description: "The household (its delivery id); null when the input had problems." },
  revoked: { type: () => Boolean, description: "True when a grant was withdrawn, false when the coordinator had none on this household; null when the input had problems." },
});

import { Field, ObjectType } from "type-graphql";
import { DateScalar } from "./scalars";
import { MembershipRole } from "./enums";

@ObjectType({ description: "A person's dated membership of a household: [from, to), to null while it lasts." })
export class Membership {
  @Field(() => MembershipRole, { description: "The person's place in the household." })
  role!: string;

  @Field(() => DateScalar, { description: "The day the person joined." })
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: "The day the person left (no longer a member from then on); null while a member." })
  to!: string | null;

  personId!: string;
  householdId!: string;
}

import { Field, ObjectType } from "type-graphql";
import { DateScalar } from "./scalars";
import { MembershipRole } from "./enums";

@ObjectType({ description: "A person's dated membership of a household: [from, to), to null while it lasts." })
export class Membership {
  @Field(() => MembershipRole)
  role!: string;

  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar, { nullable: true })
  to!: string | null;

  personId!: string;
  householdId!: string;
}

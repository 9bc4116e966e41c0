import { Field, ID, ObjectType } from "type-graphql";
import { ConsentBasis } from "./enums";
import { DateScalar } from "./scalars";

@ObjectType({ description: "A recorded basis for sharing a household's data between agencies." })
export class Consent {
  @Field(() => ID)
  id!: string;

  @Field(() => ConsentBasis)
  basis!: string;

  @Field(() => String, { nullable: true, description: "Free text: null for roles that may not see it." })
  purpose!: string | null;

  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar, { nullable: true })
  to!: string | null;

  householdId!: string;
  agencyIds!: string[];
}

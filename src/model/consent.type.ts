import { Field, ID, ObjectType } from "type-graphql";
import { ConsentBasis } from "./enums";
import { DateScalar } from "./scalars";
import { Node } from "./node.type";

@ObjectType({ implements: Node, description: "A recorded basis for sharing a household's data between agencies." })
export class Consent {
  @Field(() => ID, { description: "The delivery's id; a stable pseudonym where the household is seen in analyst form." })
  id!: string;

  @Field(() => ConsentBasis, { description: "What the sharing rests on." })
  basis!: string;

  @Field(() => String, { nullable: true, description: "Free text: null for roles that may not see it." })
  purpose!: string | null;

  @Field(() => DateScalar, { description: "The first day it holds." })
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: "The day it no longer holds ([from, to)); null while it runs." })
  to!: string | null;

  householdId!: string;
  agencyIds!: string[];
}

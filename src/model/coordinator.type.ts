import { Field, ObjectType } from "type-graphql";
import { DateScalar } from "./scalars";

@ObjectType({ description: "A coordinator (regisseur) assigned to a household over [from, to)." })
export class CoordinatorAssignment {
  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar, { nullable: true })
  to!: string | null;

  professionalId!: string;
  householdId!: string;
}

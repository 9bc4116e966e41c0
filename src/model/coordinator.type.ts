import { Field, ObjectType } from "type-graphql";
import { DateScalar } from "./scalars";

@ObjectType({ description: "A coordinator (regisseur) assigned to a household over [from, to)." })
export class CoordinatorAssignment {
  @Field(() => DateScalar, { description: "The first day of the assignment." })
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: "The day it ended ([from, to)); null while it lasts." })
  to!: string | null;

  professionalId!: string;
  householdId!: string;
}

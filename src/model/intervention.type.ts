import { Field, ID, Int, ObjectType } from "type-graphql";
import { Domain, EndReason } from "./enums";
import { DateScalar } from "./scalars";

@ObjectType({ description: "Help given by an agency to a person or a household, over [start, end)." })
export class Intervention {
  @Field(() => ID)
  id!: string;

  @Field(() => Domain)
  domain!: string;

  @Field(() => String, { nullable: true, description: "What the help was, in the agency's words." })
  kind!: string | null;

  @Field(() => DateScalar)
  start!: string;

  @Field(() => DateScalar, { nullable: true, description: "Null while it is still running." })
  end!: string | null;

  @Field(() => EndReason, { nullable: true })
  endReason!: string | null;

  @Field(() => Int, { nullable: true, description: "iJw/iWmo reason code (JZ588) as delivered." })
  endReasonCode!: number | null;

  agencyId!: string;
  professionalId!: string | null;
  personId!: string | null;
  householdId!: string | null;
}

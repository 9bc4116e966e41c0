import { Field, ID, Int, ObjectType } from "type-graphql";
import { Domain, EndReason } from "./enums";
import { DateScalar } from "./scalars";
import { Node } from "./node.type";

@ObjectType({ implements: Node, description: "Help given by an agency to a person or a household, over [start, end). Of another agency's help an AGENCY_WORKER sees only that it runs, its domain, start and contact (detailsHidden); ANALYST sees a pseudonym and no free text." })
export class Intervention {
  @Field(() => ID, { description: "The delivery's id; a stable pseudonym where it is seen in analyst form." })
  id!: string;

  @Field(() => Domain, { description: "The law or field the help falls under." })
  domain!: string;

  @Field(() => String, { nullable: true, description: "What the help was, in the agency's words; null when not given, for ANALYST, and on another agency's help (detailsHidden)." })
  kind!: string | null;

  @Field(() => DateScalar, { description: "The first day of the help." })
  start!: string;

  @Field(() => DateScalar, { nullable: true, description: "The day after its last day ([start, end)); null while it is still running, and on another agency's help (detailsHidden)." })
  end!: string | null;

  @Field(() => EndReason, { nullable: true, description: "Why it ended; null while running, when not given, and on another agency's help (detailsHidden)." })
  endReason!: string | null;

  @Field(() => Int, { nullable: true, description: "iJw/iWmo reason code (JZ588, WMO588) as delivered; null when none, and on another agency's help (detailsHidden)." })
  endReasonCode!: number | null;

  agencyId!: string;
  professionalId!: string | null;
  personId!: string | null;
  householdId!: string | null;
}

import { Field, ID, Int, ObjectType } from "type-graphql";
import { Domain, EventType } from "./enums";
import { DateScalar } from "./scalars";

@ObjectType({ description: "Something that happened on one day: a signal, referral, contact, refusal, escalation, conference..." })
export class Event {
  @Field(() => ID)
  id!: string;

  @Field(() => EventType)
  type!: string;

  @Field(() => DateScalar)
  date!: string;

  @Field(() => Domain, { nullable: true })
  domain!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Int, { nullable: true, description: "For an escalation: 1 to 3." })
  severity!: number | null;

  agencyId!: string;
  personId!: string | null;
  householdId!: string | null;
  targetAgencyId!: string | null;
  relatedEventId!: string | null;
  participantAgencyIds!: string[];
}

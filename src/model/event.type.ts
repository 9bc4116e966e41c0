import { Field, ID, Int, ObjectType } from "type-graphql";
import { Domain, EventType } from "./enums";
import { DateScalar } from "./scalars";
import { Node } from "./node.type";

@ObjectType({ implements: Node, description: "Something that happened on one day: a signal, referral, contact, refusal, escalation, conference... In full for ADMIN, the household's coordinator and the recording agency's workers; ANALYST and other coordinators see a pseudonym and no description." })
export class Event {
  @Field(() => ID, { description: "The delivery's id; a stable pseudonym where it is seen in analyst form." })
  id!: string;

  @Field(() => EventType, { description: "What kind of event." })
  type!: string;

  @Field(() => DateScalar, { description: "The day it happened." })
  date!: string;

  @Field(() => Domain, { nullable: true, description: "The domain it is about (always given for a SIGNAL); null when none was delivered." })
  domain!: string | null;

  @Field(() => String, { nullable: true, description: "Free text from the agency; null when none, or for roles that may not read free text." })
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

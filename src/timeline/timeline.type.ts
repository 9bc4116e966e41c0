import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Domain } from "../model/enums";
import { DateScalar } from "../model/scalars";

export enum TimelineEntryKind {
  MEMBER_JOINED = "MEMBER_JOINED",
  MEMBER_LEFT = "MEMBER_LEFT",
  COORDINATOR_ASSIGNED = "COORDINATOR_ASSIGNED",
  COORDINATOR_ENDED = "COORDINATOR_ENDED",
  CONSENT_RECORDED = "CONSENT_RECORDED",
  INTERVENTION_STARTED = "INTERVENTION_STARTED",
  EVENT = "EVENT",
  OUTCOME = "OUTCOME",
  INTERVENTION_ENDED = "INTERVENTION_ENDED",
}
registerEnumType(TimelineEntryKind, {
  name: "TimelineEntryKind",
  description: "What a timeline entry records; entries of one date come in this order.",
  valuesConfig: {
    MEMBER_JOINED: { description: "A person joined the household (person)." },
    MEMBER_LEFT: { description: "A person left the household (person)." },
    COORDINATOR_ASSIGNED: { description: "A coordinator's assignment began (professional, agency)." },
    COORDINATOR_ENDED: { description: "A coordinator's assignment ended." },
    CONSENT_RECORDED: { description: "A basis for sharing between agencies took effect." },
    INTERVENTION_STARTED: { description: "Help started (intervention, agency, domain)." },
    EVENT: { description: "An event: a signal, referral, contact, conference... (event, agency)." },
    OUTCOME: { description: "An outcome of help was recorded (outcome, intervention)." },
    INTERVENTION_ENDED: { description: "Help ended, on its end date (the day after its last)." },
  },
});

@ObjectType({ description: "One line of the wallpaper roll: what happened around a household on one date, and who did it." })
export class TimelineEntry {
  @Field(() => DateScalar, { description: "The day it happened." })
  date!: string;

  @Field(() => TimelineEntryKind, { description: "What it records." })
  kind!: TimelineEntryKind;

  @Field(() => Domain, { nullable: true, description: "The domain of the help or event; null for other entries and events without one." })
  domain!: string | null;

  @Field(() => String, { description: "One line a person reads: who, what, in which domain (no free text)." })
  summary!: string;

  agencyId!: string | null;
  personId!: string | null;
  interventionId!: string | null;
  eventId!: string | null;
  outcomeId!: string | null;
  professionalId!: string | null;
}

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
registerEnumType(TimelineEntryKind, { name: "TimelineEntryKind", description: "What a timeline entry records." });

@ObjectType({ description: "One line of the wallpaper roll: what happened around a household on one date, and who did it." })
export class TimelineEntry {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => TimelineEntryKind)
  kind!: TimelineEntryKind;

  @Field(() => Domain, { nullable: true })
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

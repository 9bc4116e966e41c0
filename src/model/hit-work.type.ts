import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { PatternKind } from "../detectors/types";
import { DateScalar } from "./scalars";

/** Where a stored hit stands in a coordinator's work. */
export enum HitStatus { NEW = "NEW", SEEN = "SEEN", IN_PROGRESS = "IN_PROGRESS", RESOLVED = "RESOLVED", DISMISSED = "DISMISSED", GONE = "GONE" }
registerEnumType(HitStatus, {
  name: "HitStatus",
  description: "NEW → SEEN → IN_PROGRESS (with an assignee) → RESOLVED, or DISMISSED with a reason; GONE: a run no longer finds it.",
});

export enum DismissReason {
  COORDINATED_OUTSIDE_SYSTEMS = "COORDINATED_OUTSIDE_SYSTEMS", DATA_ERROR = "DATA_ERROR", NOT_A_CONCERN = "NOT_A_CONCERN", OTHER = "OTHER",
}
registerEnumType(DismissReason, { name: "DismissReason", description: "Why a hit was dismissed: known and coordinated outside the systems, a data error, not a concern, other." });

export enum HitOrder { SCORE = "SCORE", FIRST_SEEN = "FIRST_SEEN" }
registerEnumType(HitOrder, { name: "HitOrder", description: "SCORE: highest first. FIRST_SEEN: newest first, then highest." });

@ObjectType({ description: "One change of a stored hit's status: by a person (triage) or by a detection run." })
export class HitChange {
  @Field(() => String, { description: "ISO 8601 date-time (UTC)." }) at!: string;
  @Field(() => String, { nullable: true, description: "The user who changed it, or `detection` for a run; null for roles that see no staff." })
  by!: string | null;
  @Field(() => HitStatus, { nullable: true, description: "Null when the hit was first found." }) from!: string | null;
  @Field(() => HitStatus) to!: string;
  @Field(() => String, { nullable: true, description: "A DismissReason, or what a run saw: FOUND, FOUND_AGAIN, EVIDENCE_CHANGED, NOT_FOUND." })
  reason!: string | null;
  @Field(() => String, { nullable: true, description: "Free text; null for roles that may not read free text." }) note!: string | null;
}

@ObjectType({ description: "One kind's share of a detection run." })
export class KindRunCount {
  @Field(() => PatternKind) kind!: PatternKind;
  @Field(() => Int) hits!: number;
  @Field(() => Int) new!: number;
  @Field(() => Int) changed!: number;
  @Field(() => Int) reopened!: number;
  @Field(() => Int) gone!: number;
}

@ObjectType({ description: "A run of the seven detectors with their default parameters, whose hits were stored as work." })
export class DetectionRun {
  @Field(() => ID) id!: string;
  @Field(() => Int) seq!: number;
  @Field(() => String) startedAt!: string;
  @Field(() => String) finishedAt!: string;
  @Field(() => DateScalar) asOf!: string;
  @Field(() => String, { description: "import, api, command or start" }) trigger!: string;
  @Field(() => Int, { nullable: true, description: "Households re-detected by an incremental run; null for a full run." }) households!: number | null;
  @Field(() => Int) durationMs!: number;
  @Field(() => Int) hits!: number;
  @Field(() => Int, { description: "Hits found for the first time (or again after they were gone)." }) new!: number;
  @Field(() => Int) changed!: number;
  @Field(() => Int, { description: "Dismissed or resolved hits whose evidence changed, back as NEW." }) reopened!: number;
  @Field(() => Int) gone!: number;
  @Field(() => [KindRunCount]) counts!: KindRunCount[];
}

@ObjectType()
export class PatternStatusCount {
  @Field(() => PatternKind) kind!: PatternKind;
  @Field(() => HitStatus) status!: string;
  @Field(() => Int) hits!: number;
}

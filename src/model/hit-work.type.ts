import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { PatternKind } from "../detectors/types";
import { DETECTION_TRIGGERS, RUN_REASONS, type DetectionTrigger } from "../hits/records";
import { DateScalar, DateTimeScalar } from "./scalars";
import "./vocabulary.enums";
import { Node } from "./node.type";

/** Where a stored hit stands in a coordinator's work. */
export enum HitStatus { NEW = "NEW", SEEN = "SEEN", IN_PROGRESS = "IN_PROGRESS", RESOLVED = "RESOLVED", DISMISSED = "DISMISSED", GONE = "GONE" }
registerEnumType(HitStatus, {
  name: "HitStatus",
  description: "NEW → SEEN → IN_PROGRESS (with an assignee) → RESOLVED, or DISMISSED with a reason; GONE: a run no longer finds it.",
  valuesConfig: {
    NEW: { description: "Found by a run and not yet looked at; also a hit found again after it was gone, or reopened because its evidence changed." },
    SEEN: { description: "A person has looked at it." },
    IN_PROGRESS: { description: "Someone works on it: the assignee." },
    RESOLVED: { description: "Dealt with." },
    DISMISSED: { description: "Judged to need nothing, with a DismissReason." },
    GONE: { description: "The latest run no longer finds it. Set by runs only; a gone hit cannot be triaged." },
  },
});

export enum DismissReason {
  COORDINATED_OUTSIDE_SYSTEMS = "COORDINATED_OUTSIDE_SYSTEMS", DATA_ERROR = "DATA_ERROR", NOT_A_CONCERN = "NOT_A_CONCERN", OTHER = "OTHER",
}
registerEnumType(DismissReason, {
  name: "DismissReason",
  description: "Why a hit was dismissed: known and coordinated outside the systems, a data error, not a concern, other.",
  valuesConfig: {
    COORDINATED_OUTSIDE_SYSTEMS: { description: "The help is coordinated, in a way the delivered data does not show." },
    DATA_ERROR: { description: "The hit comes from wrong or missing data." },
    NOT_A_CONCERN: { description: "The pattern is there but is no concern here; counts in the rule's notAConcernShare." },
    OTHER: { description: "Another reason, said in the note (then required)." },
  },
});

/** Why a hit's status changed: a person's DismissReason, or what a detection run saw. */
export const HitChangeReason = { ...RUN_REASONS, ...DismissReason } as const;
registerEnumType(HitChangeReason, {
  name: "HitChangeReason",
  description: "Why a stored hit's status changed: a DismissReason given by a person, or what a detection run saw.",
  valuesConfig: {
    FOUND: { description: "A run found it for the first time." },
    FOUND_AGAIN: { description: "A run found it again after it was GONE." },
    EVIDENCE_CHANGED: { description: "A run found its evidence changed after it was dismissed or resolved: back as NEW." },
    NOT_FOUND: { description: "A run no longer found it: GONE." },
    COORDINATED_OUTSIDE_SYSTEMS: { description: "Dismissed: the help is coordinated, in a way the delivered data does not show." },
    DATA_ERROR: { description: "Dismissed: the hit comes from wrong or missing data." },
    NOT_A_CONCERN: { description: "Dismissed: the pattern is there but is no concern here." },
    OTHER: { description: "Dismissed for another reason, said in the note." },
  },
});

export enum HitOrder { SCORE = "SCORE", FIRST_SEEN = "FIRST_SEEN" }
registerEnumType(HitOrder, {
  name: "HitOrder",
  description: "SCORE: highest first. FIRST_SEEN: newest first, then highest.",
  valuesConfig: {
    SCORE: { description: "Highest score first." },
    FIRST_SEEN: { description: "The day a run first found it, newest first; then highest score." },
  },
});

@ObjectType({ description: "One change of a stored hit's status: by a person (triage) or by a detection run." })
export class HitChange {
  @Field(() => DateTimeScalar, { description: "When." }) at!: string;
  @Field(() => String, { nullable: true, description: "The user who changed it, or `detection` for a run; null for roles that see no staff." })
  by!: string | null;
  @Field(() => HitStatus, { nullable: true, description: "The status before; null when the hit was first found." }) from!: string | null;
  @Field(() => HitStatus, { description: "The status after the change." }) to!: string;
  @Field(() => HitChangeReason, { nullable: true, description: "Why: the DismissReason a person gave, or what a run saw; null for other changes by a person." })
  reason!: string | null;
  @Field(() => String, { nullable: true, description: "Free text; null for roles that may not read free text." }) note!: string | null;
}

@ObjectType({ description: "One kind's share of a detection run." })
export class KindRunCount {
  @Field(() => PatternKind, { description: "The detector." }) kind!: PatternKind;
  @Field(() => Int, { description: "Hits the run found." }) hits!: number;
  @Field(() => Int, { description: "Hits found for the first time (or again after they were gone)." }) new!: number;
  @Field(() => Int, { description: "Hits found before whose evidence changed." }) changed!: number;
  @Field(() => Int, { description: "Dismissed or resolved hits whose evidence changed, back as NEW." }) reopened!: number;
  @Field(() => Int, { description: "Hits no longer found: now GONE." }) gone!: number;
}

@ObjectType({ implements: Node, description: "A run of the seven detectors with their default parameters, whose hits were stored as work." })
export class DetectionRun {
  @Field(() => ID, { description: "The run's own id." }) id!: string;
  @Field(() => Int, { description: "Its number: each run one more than the one before." }) seq!: number;
  @Field(() => DateTimeScalar, { description: "When it started." }) startedAt!: string;
  @Field(() => DateTimeScalar, { description: "When it finished." }) finishedAt!: string;
  @Field(() => DateScalar, { description: "The analysis date: the day it ran." }) asOf!: string;
  @Field(() => DETECTION_TRIGGERS, { description: "What started it." }) trigger!: DetectionTrigger;
  @Field(() => Int, { nullable: true, description: "Households re-detected by an incremental run; null for a full run." }) households!: number | null;
  @Field(() => Int, { description: "How long it took, in milliseconds." }) durationMs!: number;
  @Field(() => Int, { description: "Hits found, all kinds together." }) hits!: number;
  @Field(() => Int, { description: "Hits found for the first time (or again after they were gone)." }) new!: number;
  @Field(() => Int, { description: "Hits found before whose evidence changed." }) changed!: number;
  @Field(() => Int, { description: "Dismissed or resolved hits whose evidence changed, back as NEW." }) reopened!: number;
  @Field(() => Int, { description: "Hits no longer found: now GONE." }) gone!: number;
  @Field(() => [KindRunCount], { description: "The same counts per detector." }) counts!: KindRunCount[];
}

@ObjectType({ description: "How many stored hits of one kind have one status now." })
export class PatternStatusCount {
  @Field(() => PatternKind, { description: "The detector." }) kind!: PatternKind;
  @Field(() => HitStatus, { description: "The status." }) status!: string;
  @Field(() => Int, { description: "Stored hits of the kind with the status." }) hits!: number;
}

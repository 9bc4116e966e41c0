import { ArgsType, Field, ID, InputType } from "type-graphql";
import { DetectionRun, DismissReason, HitStatus } from "./hit-work.type";
import { PatternHit } from "./pattern.type";
import { Payload } from "./payload";

/** A stored hit's new status and why: the fields of triagePatternHit's input, and the arguments of triageHit. */
@InputType({ description: "A stored hit's new status, and why." })
@ArgsType()
export class TriagePatternHitInput {
  @Field(() => ID, { description: "The stored hit (PatternHit.id); a live hit cannot be triaged." }) id!: string;
  @Field(() => HitStatus, { description: "Its new status; not GONE, which only runs set." }) status!: HitStatus;
  @Field(() => DismissReason, { nullable: true, description: "Required with DISMISSED, and only then." }) reason?: DismissReason | null;
  @Field(() => String, { nullable: true, description: "Free text, at most 2000 characters (required with reason OTHER); analysts never see it." }) note?: string | null;
  @Field(() => ID, { nullable: true, description: "The professional who works on it (required for IN_PROGRESS unless it has one already)." }) assigneeId?: string | null;
}

@InputType({ description: "What a detection run is to look at; leave it out, or leave householdIds out, for everyone." })
export class StartDetectionRunInput {
  @Field(() => [ID], { nullable: true, description: "Only these households (delivery ids) and their members, 1 to 500; leave out to detect over everyone." })
  householdIds?: string[] | null;
}

export const StartDetectionRunPayload = Payload("StartDetectionRunPayload", "A detection run's answer: the run, finished, or what the input got wrong (then nothing ran).", {
  detectionRun: { type: () => DetectionRun, description: "The run, finished, with its counts of new, reopened and gone hits; null when nothing ran." },
});

export const TriagePatternHitPayload = Payload("TriagePatternHitPayload", "A triage's answer: the hit as it is now, or what the input got wrong (then nothing was written).", {
  hit: { type: () => PatternHit, description: "The hit with its new status and history, as the caller may see it; null when nothing was written." },
});

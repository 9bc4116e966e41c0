import { DetectionRun } from "./hit-work.type";
import type { DetectionRunRecord } from "../hits/records";
import { Field, Int, ObjectType } from "type-graphql";
import { ImportCountKind } from "./vocabulary.enums";

@ObjectType({ description: "A problem in a delivery: where (JSON path) and what to do about it." })
export class ImportError {
  @Field(() => String, { description: 'e.g. "interventions[3].start"' })
  path!: string;

  @Field(() => String, { description: "What is wrong, in words a person can act on." })
  message!: string;
}

@ObjectType({ description: "How many records of one kind the delivery held, and how many were new." })
export class ImportCount {
  @Field(() => ImportCountKind, { description: "What was counted: one of the delivery's arrays; from importMessages also MESSAGES and SKIPPED_MESSAGES." })
  kind!: string;

  @Field(() => Int, { description: "Records of this kind in the delivery." })
  received!: number;

  @Field(() => Int, { description: "Of those, records not stored before." })
  created!: number;
}

@ObjectType({ description: "ok with counts, or every problem found; a delivery with problems writes nothing." })
export class ImportResult {
  @Field(() => Boolean, { description: "True when the delivery was written; false when it had problems (then errors lists them and nothing was written)." })
  ok!: boolean;

  @Field(() => String, { nullable: true, description: "The delivery's source label." })
  source!: string | null;

  @Field(() => [ImportError], { description: "Every problem found; empty when ok." })
  errors!: ImportError[];

  @Field(() => [ImportCount], { description: "Per kind of record, how many were received and created; empty when not ok." })
  counts!: ImportCount[];

  @Field(() => Int, { description: "Records in the delivery." })
  received!: number;

  @Field(() => Int, { description: "Records that were not stored before." })
  created!: number;

  @Field(() => DetectionRun, { nullable: true, description: "The detection run that re-detected what the delivery touched; null when nothing was written." })
  detectionRun!: DetectionRunRecord | null;
}

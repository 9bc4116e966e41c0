import { DetectionRun } from "./hit-work.type";
import type { DetectionRunRecord } from "../hits/records";
import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "A problem in a delivery: where (JSON path) and what to do about it." })
export class ImportError {
  @Field(() => String, { description: 'e.g. "interventions[3].start"' })
  path!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: "How many records of one kind the delivery held, and how many were new." })
export class ImportCount {
  @Field(() => String, { description: "The delivery's array: agencies, persons, interventions, ..." })
  kind!: string;

  @Field(() => Int)
  received!: number;

  @Field(() => Int)
  created!: number;
}

@ObjectType({ description: "ok with counts, or every problem found; a delivery with problems writes nothing." })
export class ImportResult {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => String, { nullable: true, description: "The delivery's source label." })
  source!: string | null;

  @Field(() => [ImportError])
  errors!: ImportError[];

  @Field(() => [ImportCount])
  counts!: ImportCount[];

  @Field(() => Int, { description: "Records in the delivery." })
  received!: number;

  @Field(() => Int, { description: "Records that were not stored before." })
  created!: number;

  @Field(() => DetectionRun, { nullable: true, description: "The detection run that re-detected what the delivery touched; null when nothing was written." })
  detectionRun!: DetectionRunRecord | null;
}

import { Field, Float, Int, ObjectType } from "type-graphql";
import { PatternKind } from "../detectors/types";
import { DismissReason } from "./hit-work.type";
import { JSONScalar } from "./scalars";

@ObjectType()
export class DismissalCount {
  @Field(() => DismissReason) reason!: string;
  @Field(() => Int) hits!: number;
}

@ObjectType({ description: "What people decided about one detector's hits: its living, human-judged precision. Aggregated; no household or person." })
export class DetectorJudgement {
  @Field(() => PatternKind) kind!: PatternKind;
  @Field(() => Int, { description: "Stored hits that are not gone." }) hits!: number;
  @Field(() => Int, { description: "Hits a person changed at least once." }) judged!: number;
  @Field(() => Int) dismissed!: number;
  @Field(() => [DismissalCount]) dismissedBy!: DismissalCount[];
  @Field(() => Int) resolved!: number;
  @Field(() => Float, { nullable: true, description: "Median hours from first found to a person's first change." }) medianHoursToFirstLook!: number | null;
  @Field(() => Float, { nullable: true, description: "Dismissed as not a concern, of the judged hits." }) notAConcernShare!: number | null;
  @Field(() => Boolean, { description: "More than the configured share dismissed as not a concern: the rule needs a look." }) flaggedForReview!: boolean;
}

@ObjectType({ description: "The installation's Algorithm Register entry (Dutch), generated from the code and the configuration." })
export class AlgorithmRegister {
  @Field(() => JSONScalar) json!: unknown;
  @Field(() => String) markdown!: string;
  @Field(() => [String], { description: "Settings still to be given for a complete entry." }) missing!: string[];
  @Field(() => JSONScalar, {
    description: "The entry in the Algorithm Register's publication standard v1.0 (field names of its v1_0.json, Dutch texts, HTML p/ul/li in the long fields), to send to the register; algoritmeregisterProblems says what still stands in the way.",
  })
  algoritmeregister!: unknown;
  @Field(() => [String], {
    description: "What to do before the v1.0 entry can be published, in English: each missing setting (one whose field v1.0 requires blocks publication), then each field the register would refuse and why (each blocks publication). Empty: complete and publishable.",
  })
  algoritmeregisterProblems!: string[];
}

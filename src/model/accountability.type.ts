import { Field, Float, Int, ObjectType } from "type-graphql";
import { PatternKind } from "../detectors/types";
import { DismissReason } from "./hit-work.type";
import { JSONScalar } from "./scalars";

@ObjectType({ description: "How many of a detector's hits were dismissed for one reason." })
export class DismissalCount {
  @Field(() => DismissReason, { description: "The reason given." }) reason!: string;
  @Field(() => Int, { description: "Hits dismissed now whose latest dismissal gave this reason." }) hits!: number;
}

@ObjectType({ description: "What people decided about one detector's hits: its living, human-judged precision. Aggregated; no household or person." })
export class DetectorJudgement {
  @Field(() => PatternKind, { description: "The detector." }) kind!: PatternKind;
  @Field(() => Int, { description: "Stored hits that are not gone." }) hits!: number;
  @Field(() => Int, { description: "Hits a person changed at least once." }) judged!: number;
  @Field(() => Int, { description: "Judged hits whose status is DISMISSED now." }) dismissed!: number;
  @Field(() => [DismissalCount], { description: "The dismissed hits per reason, one entry for every DismissReason (0 included)." }) dismissedBy!: DismissalCount[];
  @Field(() => Int, { description: "Judged hits whose status is RESOLVED now." }) resolved!: number;
  @Field(() => Float, { nullable: true, description: "Median hours from first found to a person's first change; null before anyone looked." }) medianHoursToFirstLook!: number | null;
  @Field(() => Float, { nullable: true, description: "Share (0 to 1) of the judged hits dismissed as NOT_A_CONCERN; null before anyone judged one." }) notAConcernShare!: number | null;
  @Field(() => Boolean, { description: "More than the configured share dismissed as not a concern, over enough judged hits: the rule needs a look." }) flaggedForReview!: boolean;
}

@ObjectType({ description: "The installation's Algorithm Register entry (Dutch), generated from the code and the configuration." })
export class AlgorithmRegister {
  @Field(() => JSONScalar, { description: "The entry as JSON, with Dutch field names (naam, werking, detectoren, ...)." }) json!: unknown;
  @Field(() => String, { description: "The same entry as a Markdown document, in Dutch." }) markdown!: string;
  @Field(() => [String], { description: "Settings still to be given for a complete entry, as \"SETTING: label\" (e.g. \"REGISTER_CONTACT: Contact\"); empty when complete." }) missing!: string[];
  @Field(() => JSONScalar, {
    description: "The entry in the Algorithm Register's publication standard v1.0 (field names of its v1_0.json, Dutch texts, HTML p/ul/li in the long fields), to send to the register; algoritmeregisterProblems says what still stands in the way.",
  })
  algoritmeregister!: unknown;
  @Field(() => [String], {
    description: "What to do before the v1.0 entry can be published, in English: each missing setting (one whose field v1.0 requires blocks publication), then each field the register would refuse and why (each blocks publication). Empty: complete and publishable.",
  })
  algoritmeregisterProblems!: string[];
}

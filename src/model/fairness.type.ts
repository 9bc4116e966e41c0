import { Field, Float, Int, ObjectType } from "type-graphql";
import { PatternKind } from "../detectors/types";
import { DateScalar } from "./scalars";

@ObjectType({ description: "One group of households along one dimension, and how often one rule selects it. Counts only; groups under the minimum (10) are pooled as SMALL_GROUPS." })
export class FairnessGroup {
  @Field(() => String, { description: "NEIGHBOURHOOD, HOUSEHOLD_TYPE, AGE_YOUNGEST, AGE_ELDEST or AGENCIES_INVOLVED." }) dimension!: string;
  @Field(() => String, { description: 'The group: a neighbourhood, a household type (SINGLE_ADULT, COUPLE, SINGLE_PARENT, TWO_PARENTS, WITH_65_PLUS, OTHER, UNKNOWN), an age band ("12-17") or a number of agencies ("3-4").' }) group!: string;
  @Field(() => Int, { description: "Households of the group on the day (at least the minimum, 10 by default)." }) households!: number;
  @Field(() => Int, { description: "Households of the group with a hit of the rule on the day." }) selected!: number;
  @Field(() => Float, { description: "selected / households." }) rate!: number;
  @Field(() => Float, { description: "The group's rate over the rule's rate for all households (1 when the rule selects no one)." }) ratio!: number;
  @Field(() => Float, { description: "The ratio once how much a household is seen is accounted for: the group's selected households over what it would have if each were selected as often as all households seen by as many agencies (1 for AGENCIES_INVOLVED). Near 1 while ratio is not: the difference comes from how many agencies see the group." }) ratioAsSeen!: number;
  @Field(() => Boolean, { description: "The ratio is outside the band (0.8–1.25 by default: the four-fifths rule)." }) outsideBand!: boolean;
  @Field(() => Float, { description: "Fisher's exact test, the group against all other households: how likely chance alone gives a split this uneven." }) pValue!: number;
  @Field(() => Boolean, { description: "Outside the band, and more than chance (Holm over the rule's groups, FAIRNESS_MAX_P)." }) flagged!: boolean;
  @Field(() => Boolean, { description: "Flagged and named in the rule's justification file (src/detectors/<rule>/justification.md)." }) justified!: boolean;
  @Field(() => Int, { description: "Stored hits on households of the group that a person judged (their latest decision, as it stands now)." }) judged!: number;
  @Field(() => Float, { nullable: true, description: "Of those, the share dismissed as not a concern; null without judged hits." }) dismissedShare!: number | null;
  @Field(() => Boolean, { description: "The pool of groups under the minimum size." }) pooled!: boolean;
}

@ObjectType({ description: "How well a household's group can be guessed from the counts a rule reads: a rule that reads a good proxy can steer on the group without reading it." })
export class FairnessProxy {
  @Field(() => String, { description: "The dimension whose group is guessed: NEIGHBOURHOOD, HOUSEHOLD_TYPE, AGE_YOUNGEST, AGE_ELDEST or AGENCIES_INVOLVED." }) dimension!: string;
  @Field(() => [String], { description: "The counts the rule reads that the guess used (agencies, interventions, signals, ...)." }) inputs!: string[];
  @Field(() => Float, { description: "Share guessed right (learned on one half of the households, tested on the other)." }) accuracy!: number;
  @Field(() => Float, { description: "Share guessed right by always naming the largest group." }) baseline!: number;
  @Field(() => Float, { description: "How much of what the baseline gets wrong the inputs get right: 0 none, 1 all." }) lift!: number;
  @Field(() => String, { description: "NONE, WEAK, MODERATE or STRONG." }) verdict!: string;
  @Field(() => Float, { description: "The other way round: how strongly the group and the rule's outcome go together (Cramér's V: 0 not at all, 1 the group decides it)." }) association!: number;
}

@ObjectType({ description: "Whom one rule selects, overall and per group." })
export class DetectorFairness {
  @Field(() => PatternKind, { description: "The rule (detector)." }) kind!: PatternKind;
  @Field(() => Int, { description: "Households with a member on the day: the population measured." }) households!: number;
  @Field(() => Int, { description: "Of those, the households the rule selected on the day (a hit about the household or a member)." }) selected!: number;
  @Field(() => Float, { description: "selected / households (0 when there are none)." }) rate!: number;
  @Field(() => Int, { description: "Stored hits of the rule that a person judged (their latest decision, as it stands now)." }) judged!: number;
  @Field(() => Float, { nullable: true, description: "Of those, the share dismissed as not a concern; null without judged hits." }) dismissedShare!: number | null;
  @Field(() => [FairnessGroup], { description: "Every group along every dimension, small groups pooled." }) groups!: FairnessGroup[];
  @Field(() => [FairnessProxy], { description: "Per dimension, how well the rule's inputs give the group away." }) proxies!: FairnessProxy[];
}

@ObjectType({ description: "The bias test of every rule at a date (Algoritmekader ver-03): selection rates per group, flags, justifications, human judgement and proxies. Counts only." })
export class FairnessReport {
  @Field(() => DateScalar, { description: "The day measured." }) asOf!: string;
  @Field(() => [DetectorFairness], { description: "One entry per rule." }) detectors!: DetectorFairness[];
  @Field(() => String, { description: "Three Dutch sentences: what was measured, what was flagged and justified, whether neighbourhoods differ." }) summary!: string;
}

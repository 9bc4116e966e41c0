import { Field, Float, Int, ObjectType } from "type-graphql";
import { DateScalar } from "./scalars";

@ObjectType({ description: "One household in a caseload: everything open about it, and why it is where it is (docs/caseload.md)." })
export class CaseloadEntry {
  @Field(() => Boolean, { description: "Something about it is new since the moment given as `since`: a hit found (again), or its case changed." })
  newSince!: boolean;
  householdId!: string;
}

@ObjectType({ description: "The municipality's cases in figures; a group of fewer than minCases cases shows none." })
export class CaseFigures {
  @Field(() => String, { nullable: true, description: "The neighbourhood; null in `overall` (all together), and for the group of households without one." }) neighbourhood!: string | null;
  @Field(() => Boolean, { description: "Fewer than minCases cases (none included): no figures, so no family can be singled out." }) suppressed!: boolean;
  @Field(() => Int, { nullable: true, description: "Cases, open and closed; null when suppressed." }) cases!: number | null;
  @Field(() => Int, { nullable: true, description: "Cases not closed; null when suppressed." }) open!: number | null;
  @Field(() => Int, { nullable: true, description: "Cases closed; null when suppressed." }) closed!: number | null;
  @Field(() => Float, { nullable: true, description: "Median days from the first signal to the first conference; null when suppressed or below minCases conferences." }) daysToConference!: number | null;
  @Field(() => Float, { nullable: true, description: "Median days from the first conference to the plan; null when suppressed or below minCases such cases." }) daysToPlan!: number | null;
  @Field(() => Int, { nullable: true, description: "Cases with a plan; null when suppressed." }) withPlan!: number | null;
  @Field(() => Float, { nullable: true, description: "Share of cases with a plan about which no pattern was first seen after the plan (null below minCases plans)." })
  stoppedAfterPlan!: number | null;
}

@ObjectType({ description: "Did it help? Cases for the municipality: how many, how fast, whether patterns stop after a plan." })
export class CaseStatistics {
  @Field(() => DateScalar, { description: "The day the figures are for (today)." }) asOf!: string;
  @Field(() => Int, { description: "The smallest group that shows figures (5): a small count could point at a family." }) minCases!: number;
  @Field(() => CaseFigures, { description: "All cases together (suppressed too when the suppressed groups together are fewer than minCases, so no difference gives them away)." }) overall!: CaseFigures;
  @Field(() => [CaseFigures], { description: "Per neighbourhood, by name; every neighbourhood is listed, those without cases too." }) neighbourhoods!: CaseFigures[];
}

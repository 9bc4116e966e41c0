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
  @Field(() => String, { nullable: true, description: "Null: all neighbourhoods together." }) neighbourhood!: string | null;
  @Field(() => Boolean, { description: "Fewer than minCases cases (none included): no figures, so no family can be singled out." }) suppressed!: boolean;
  @Field(() => Int, { nullable: true }) cases!: number | null;
  @Field(() => Int, { nullable: true }) open!: number | null;
  @Field(() => Int, { nullable: true }) closed!: number | null;
  @Field(() => Float, { nullable: true, description: "Median days from the first signal to the first conference." }) daysToConference!: number | null;
  @Field(() => Float, { nullable: true, description: "Median days from the first conference to the plan." }) daysToPlan!: number | null;
  @Field(() => Int, { nullable: true, description: "Cases with a plan." }) withPlan!: number | null;
  @Field(() => Float, { nullable: true, description: "Share of cases with a plan about which no pattern was first seen after the plan (null below minCases plans)." })
  stoppedAfterPlan!: number | null;
}

@ObjectType({ description: "Did it help? Cases for the municipality: how many, how fast, whether patterns stop after a plan." })
export class CaseStatistics {
  @Field(() => DateScalar) asOf!: string;
  @Field(() => Int) minCases!: number;
  @Field(() => CaseFigures) overall!: CaseFigures;
  @Field(() => [CaseFigures]) neighbourhoods!: CaseFigures[];
}

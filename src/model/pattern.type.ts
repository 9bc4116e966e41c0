import { createUnionType, Field, Float, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { PatternKind } from "../detectors/types";
import { Domain, OutcomeResult, ZrmDomain } from "./enums";
import { PatternStatusCount } from "./hit-work.type";
import { Household } from "./household.type";
import { Person } from "./person.type";
import { DateScalar } from "./scalars";

export enum Language { EN = "EN", NL = "NL" }
registerEnumType(PatternKind, { name: "PatternKind", description: "The detectors of the pattern definitions (patterns.md)." });
registerEnumType(Language, { name: "Language", description: "EN, or NL for the Dutch the coordinators work in." });

@InputType({ description: "Every field optional; a detector reads only its own, with the defaults of patterns.md." })
export class PatternParams {
  @Field(() => Int, { nullable: true }) minOverlapDays?: number;
  @Field(() => Int, { nullable: true }) conferenceLookbackDays?: number;
  @Field(() => Int, { nullable: true }) minPairs?: number;
  @Field(() => Int, { nullable: true }) windowDays?: number;
  @Field(() => Int, { nullable: true }) minAgencies?: number;
  @Field(() => Int, { nullable: true }) minMarkers?: number;
  @Field(() => Int, { nullable: true }) followUpDays?: number;
  @Field(() => Int, { nullable: true }) minMissed?: number;
  @Field(() => Int, { nullable: true }) minProfessionals?: number;
  @Field(() => Int, { nullable: true }) minBroken?: number;
  @Field(() => Int, { nullable: true }) minYears?: number;
  @Field(() => Int, { nullable: true }) minDomains?: number;
}

@ObjectType({ description: "One thing that made a hit fire. Items with the same group belong together (a pair, a window)." })
export class Evidence {
  @Field(() => String, { description: "What it is in this hit: AGENCY, OVERLAPPING_INTERVENTION, ESCALATION, CONCESSION, MISSED_SIGNAL, ..." })
  role!: string;
  @Field(() => Int) group!: number;
  @Field(() => DateScalar, { nullable: true }) date!: string | null;
  @Field(() => DateScalar, { nullable: true }) from!: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Exclusive end of a period." }) to!: string | null;
  @Field(() => Int, { nullable: true }) days!: number | null;
  @Field(() => Domain, { nullable: true }) domain!: string | null;
  @Field(() => OutcomeResult, { nullable: true }) result!: string | null;
  @Field(() => ZrmDomain, { nullable: true }) zrmDomain!: string | null;
  @Field(() => Int, { nullable: true }) zrmFirst!: number | null;
  @Field(() => Int, { nullable: true }) zrmLast!: number | null;
}

export const PatternSubject = createUnionType({
  name: "PatternSubject",
  description: "What a hit is about: a household, or (for escalation) a person.",
  types: () => [Household, Person] as const,
  resolveType: (value) => ("birthYear" in value ? "Person" : "Household"), // a person record always carries birthYear
});

@ObjectType({ description: "A subject a detector flagged, with why (evidence) and a score to rank by." })
export class PatternHit {
  @Field(() => PatternKind) kind!: PatternKind;
  @Field(() => Float) score!: number;
}

@ObjectType()
export class PatternKindCount {
  @Field(() => PatternKind) kind!: PatternKind;
  @Field(() => Int) hits!: number;
}

@ObjectType()
export class NeighbourhoodPatternCount {
  @Field(() => String) neighbourhood!: string;
  @Field(() => PatternKind) kind!: PatternKind;
  @Field(() => Int) hits!: number;
}

@ObjectType({ description: "How many hits of a kind name this agency in their evidence." })
export class AgencyPatternCount {
  @Field(() => PatternKind) kind!: PatternKind;
  @Field(() => Int) hits!: number;
  agencyId!: string;
}

@ObjectType({ description: "Hit counts: per kind, per neighbourhood and per agency, most first; for stored hits also per status." })
export class PatternSummary {
  @Field(() => DateScalar) asOf!: string;
  @Field(() => [PatternKindCount]) kinds!: PatternKindCount[];
  @Field(() => [NeighbourhoodPatternCount]) neighbourhoods!: NeighbourhoodPatternCount[];
  @Field(() => [AgencyPatternCount]) agencies!: AgencyPatternCount[];
  @Field(() => [PatternStatusCount], { description: "Stored hits per kind and status (GONE included); empty for a live summary." })
  statuses!: PatternStatusCount[];
}

import { createUnionType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { PatternKind, type EvidenceRole } from "../detectors/types";
import { Domain, OutcomeResult, ZrmDomain } from "./enums";
import { PatternStatusCount } from "./hit-work.type";
import { Household } from "./household.type";
import { Person } from "./person.type";
import { DateScalar } from "./scalars";
import { EvidenceRoleEnum } from "./vocabulary.enums";
import { Node } from "./node.type";

export enum Language { EN = "EN", NL = "NL" }
registerEnumType(PatternKind, {
  name: "PatternKind",
  description: "The detectors of the pattern definitions (patterns.md); the numbers are the parameters' defaults.",
  valuesConfig: {
    UNCOORDINATED_OVERLAP: { description: "Help from two agencies overlapping at least minOverlapDays (30), with no joint conference, referral or coordinator. About a household." },
    ESCALATION_CONCESSION: { description: "A person who escalated and then got a concession, at at least minAgencies (3) agencies. About a person." },
    CARE_AVOIDANCE: { description: "At least minMarkers (3) refusals, no-shows or help ended by the client or for no contact, from at least minAgencies (2) agencies, within windowDays (365). About a household." },
    MISSED_SIGNAL: { description: "At least minMissed (1) signals with no help, referral or conference in their domain within followUpDays (60). About a household." },
    PROFESSIONAL_TURNOVER: { description: "Within windowDays (365), help started by at least minProfessionals (5) different professionals, or at least minBroken (2) relationships broken off. About a household." },
    EFFORT_WITHOUT_RESULT: { description: "Help from at least minAgencies (5) agencies over at least minYears (2) years, and no outcome ACHIEVED. About a household." },
    MULTI_DOMAIN_NO_COORDINATOR: { description: "On some day help running in at least minDomains (3) domains, and no coordinator assigned. About a household." },
  },
});
registerEnumType(Language, {
  name: "Language",
  description: "EN, or NL for the Dutch the coordinators work in.",
  valuesConfig: { EN: { description: "English." }, NL: { description: "Dutch." } },
});

@InputType({ description: "Every field optional; a detector reads only its own, with the defaults of patterns.md. A value out of its range is refused (BAD_USER_INPUT)." })
export class PatternParams {
  @Field(() => Int, { nullable: true, description: "UNCOORDINATED_OVERLAP: the fewest days two agencies' help must overlap (default 30; 1 to 36500)." })
  minOverlapDays?: number;
  @Field(() => Int, { nullable: true, description: "UNCOORDINATED_OVERLAP: how many days before an overlap a conference or referral still coordinates it (default 90; 0 to 36500)." })
  conferenceLookbackDays?: number;
  @Field(() => Int, { nullable: true, description: "UNCOORDINATED_OVERLAP: the fewest uncoordinated agency pairs (default 1; 1 to 1000)." }) minPairs?: number;
  @Field(() => Int, { nullable: true, description: "Days: ESCALATION_CONCESSION from escalation to concession (default 30; 0 to 36500); CARE_AVOIDANCE and PROFESSIONAL_TURNOVER the window (default 365; 1 to 36500)." })
  windowDays?: number;
  @Field(() => Int, { nullable: true, description: "The fewest distinct agencies: ESCALATION_CONCESSION (default 3), CARE_AVOIDANCE (2), EFFORT_WITHOUT_RESULT (5); 1 to 1000." })
  minAgencies?: number;
  @Field(() => Int, { nullable: true, description: "CARE_AVOIDANCE: the fewest avoidance markers in one window (default 3; 1 to 1000)." }) minMarkers?: number;
  @Field(() => Int, { nullable: true, description: "MISSED_SIGNAL: the days after a signal in which it must be followed up (default 60; 1 to 36500)." }) followUpDays?: number;
  @Field(() => Int, { nullable: true, description: "MISSED_SIGNAL: the fewest missed signals (default 1; 1 to 1000)." }) minMissed?: number;
  @Field(() => Int, { nullable: true, description: "PROFESSIONAL_TURNOVER: the fewest distinct professionals starting help in one window (default 5; 1 to 1000)." })
  minProfessionals?: number;
  @Field(() => Int, { nullable: true, description: "PROFESSIONAL_TURNOVER: or the fewest help ended RELATIONSHIP_BROKEN in one window (default 2; 1 to 1000)." }) minBroken?: number;
  @Field(() => Int, { nullable: true, description: "EFFORT_WITHOUT_RESULT: the fewest calendar years the help spans (default 2; 1 to 100)." }) minYears?: number;
  @Field(() => Int, { nullable: true, description: "MULTI_DOMAIN_NO_COORDINATOR: the fewest domains with help running on one day (default 3; 1 to 12)." }) minDomains?: number;
}

@ObjectType({ description: "One thing that made a hit fire. Items with the same group belong together (a pair, a window)." })
export class Evidence {
  @Field(() => EvidenceRoleEnum, { description: "What it is in this hit." })
  role!: EvidenceRole;
  @Field(() => Int, { description: "Items with the same number belong together (an agency pair, one agency's items, one missed signal, one window)." }) group!: number;
  @Field(() => DateScalar, { nullable: true, description: "The day of a dated item (an event, an outcome, a start, a marker); else null." }) date!: string | null;
  @Field(() => DateScalar, { nullable: true, description: "The first day of a period (an overlap, help, a window, a ZRM trend); else null." }) from!: string | null;
  @Field(() => DateScalar, { nullable: true, description: "The end of a period: exclusive for help and overlaps ([from, to)); the last day for a PROFESSIONAL window and a ZRM_TREND (its last score's day)." })
  to!: string | null;
  @Field(() => Int, { nullable: true, description: "An overlap's length in days (OVERLAPPING_INTERVENTION); else null." }) days!: number | null;
  @Field(() => Domain, { nullable: true, description: "The domain of a signal, of help, or of a domain counted; else null." }) domain!: string | null;
  @Field(() => OutcomeResult, { nullable: true, description: "An OUTCOME's result; else null." }) result!: string | null;
  @Field(() => ZrmDomain, { nullable: true, description: "A ZRM_TREND's life domain; else null." }) zrmDomain!: string | null;
  @Field(() => Int, { nullable: true, description: "A ZRM_TREND's first measured score (1 to 5)." }) zrmFirst!: number | null;
  @Field(() => Int, { nullable: true, description: "A ZRM_TREND's last measured score (1 to 5)." }) zrmLast!: number | null;
}

export const PatternSubject = createUnionType({
  name: "PatternSubject",
  description: "What a hit is about: a household, or (for escalation) a person.",
  types: () => [Household, Person] as const,
  resolveType: (value) => ("birthYear" in value ? "Person" : "Household"), // a person record always carries birthYear
});

@ObjectType({ implements: Node, description: "A subject a detector flagged, with why (evidence) and a score to rank by." })
export class PatternHit {
  @Field(() => PatternKind, { description: "The detector that found it." }) kind!: PatternKind;
  @Field(() => Float, { description: "How strongly it fires, per kind (patterns.md: e.g. the number of uncoordinated agency pairs); lists rank by it, highest first." }) score!: number;
}

@ObjectType({ description: "How many hits one detector has." })
export class PatternKindCount {
  @Field(() => PatternKind, { description: "The detector." }) kind!: PatternKind;
  @Field(() => Int, { description: "Its hits." }) hits!: number;
}

@ObjectType({ description: "How many hits of one kind are about subjects living in one neighbourhood." })
export class NeighbourhoodPatternCount {
  @Field(() => String, { description: "The neighbourhood, as the deliveries name it." }) neighbourhood!: string;
  @Field(() => PatternKind, { description: "The detector." }) kind!: PatternKind;
  @Field(() => Int, { description: "Its hits about subjects there." }) hits!: number;
}

@ObjectType({ description: "How many hits of a kind name this agency in their evidence." })
export class AgencyPatternCount {
  @Field(() => PatternKind, { description: "The detector." }) kind!: PatternKind;
  @Field(() => Int, { description: "Its hits whose evidence names the agency." }) hits!: number;
  agencyId!: string;
}

@ObjectType({ description: "Hit counts: per kind, per neighbourhood and per agency; for stored hits also per status. Counts only, no subject." })
export class PatternSummary {
  @Field(() => ID, { description: "Which summary this is, for a client's cache: `PatternSummary:stored` (the latest runs) or `PatternSummary:live:<asOf>`." }) id!: string;
  @Field(() => DateScalar, { description: "The analysis date: the asOf given, or for stored hits the day of the latest run (today before any run)." }) asOf!: string;
  @Field(() => [PatternKindCount], { description: "Per detector, every one (0 included), in the detectors' order." }) kinds!: PatternKindCount[];
  @Field(() => [NeighbourhoodPatternCount], { description: "Per neighbourhood and detector, most hits first." }) neighbourhoods!: NeighbourhoodPatternCount[];
  @Field(() => [AgencyPatternCount], { description: "Per agency named in the evidence and detector, most hits first." }) agencies!: AgencyPatternCount[];
  @Field(() => [PatternStatusCount], { description: "Stored hits per kind and status (GONE included); empty for a live summary." })
  statuses!: PatternStatusCount[];
}

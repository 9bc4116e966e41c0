import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConsentBasis, Domain, ZrmDomain } from "./enums";
import { DateScalar } from "./scalars";

/** Where a case stands: shared/api-contract.md. */
export enum CaseStatus {
  SIGNALLED = "SIGNALLED", EXPLORING = "EXPLORING", CONFERENCE_PLANNED = "CONFERENCE_PLANNED", PLAN_AGREED = "PLAN_AGREED",
  MONITORING = "MONITORING", CLOSED = "CLOSED",
}
registerEnumType(CaseStatus, {
  name: "CaseStatus",
  description: "SIGNALLED (opened) → EXPLORING → CONFERENCE_PLANNED → PLAN_AGREED → MONITORING → CLOSED (docs/cases.md).",
});

export enum CaseChangeKind { OPENED = "OPENED", STATUS = "STATUS", ASSIGNED = "ASSIGNED", NOTE = "NOTE", CONFERENCE = "CONFERENCE", PLAN = "PLAN", ACTION = "ACTION", CLOSED = "CLOSED" }
registerEnumType(CaseChangeKind, { name: "CaseChangeKind", description: "What happened to a case." });

@ObjectType({ description: "One entry of a case's history: who did what, when." })
export class CaseChange {
  @Field(() => String, { description: "ISO 8601 date-time (UTC)." }) at!: string;
  @Field(() => CaseChangeKind) kind!: string;
  @Field(() => String, { nullable: true, description: "The user who did it; null for roles that see no staff." }) by!: string | null;
  @Field(() => CaseStatus, { nullable: true }) from!: string | null;
  @Field(() => CaseStatus, { nullable: true }) to!: string | null;
  @Field(() => String, { nullable: true, description: "Free text; null for roles that may not read it." }) note!: string | null;
  @Field(() => DateScalar, { nullable: true, description: "A note about a period of the roll: its first day." }) aboutFrom!: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Its last day." }) aboutTo!: string | null;
  @Field(() => ID, { nullable: true, description: "A note about one help or event on the roll: its id." }) aboutItemId!: string | null;
  regisseurId!: string | null;
}

@ObjectType({ description: "A goal of the plan in one life domain (ZRM), with the family's own words where given." })
export class PlanGoal {
  @Field(() => ID) id!: string;
  @Field(() => ZrmDomain) domain!: string;
  @Field(() => String, { nullable: true, description: "Free text; null for roles that may not read it." }) goal!: string | null;
  @Field(() => String, { nullable: true, description: "What the family said it wants, in its words." }) familyWords!: string | null;
}

@ObjectType({ description: "An action of the plan: what, whose (an agency or a professional), by when, and whether done." })
export class PlanAction {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: "Free text; null for roles that may not read it." }) description!: string | null;
  @Field(() => ZrmDomain, { nullable: true, description: "The goal's domain it serves." }) domain!: string | null;
  @Field(() => DateScalar) due!: string;
  @Field(() => DateScalar, { nullable: true }) doneOn!: string | null;
  @Field(() => String, { nullable: true, description: "The last word on its progress." }) progress!: string | null;
  @Field(() => Boolean, { description: "Not done and its due date has passed." }) overdue!: boolean;
  ownerAgencyId!: string | null;
  ownerProfessionalId!: string | null;
}

@ObjectType({ description: "The household's one plan: goals per life domain and actions with owners and due dates." })
export class Plan {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar) agreedOn!: string;
  @Field(() => [PlanGoal]) goals!: PlanGoal[];
  @Field(() => [PlanAction]) actions!: PlanAction[];
}

@ObjectType({ description: "A case conference held: who was at the table, the family, the agreements, the regisseur from then on." })
export class CaseConference {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar) date!: string;
  @Field(() => Boolean) familyPresent!: boolean;
  @Field(() => String, { nullable: true, description: "What the family said it wants; free text." }) familyWish!: string | null;
  @Field(() => String, { nullable: true, description: "The agreements; free text." }) agreements!: string | null;
  regisseurId!: string;
  participantIds!: string[];
}

@ObjectType({ description: "Someone who should be at the table, as the Verwijsindex gives it: that they are involved, not what they do." })
export class ConferenceProposal {
  @Field(() => Domain, { nullable: true, description: "The law or field the involvement is in." }) domain!: string | null;
  @Field(() => DateScalar, { description: "Involved since." }) since!: string;
  @Field(() => DateScalar, { description: "The latest record of the involvement." }) latest!: string;
  @Field(() => Boolean, { description: "Help runs now (else: involved within the last year)." }) running!: boolean;
  agencyId!: string;
  professionalId!: string | null;
}

@ObjectType({ description: "A mean ZRM score in one life domain over a window." })
export class ZrmMean {
  @Field(() => ZrmDomain) domain!: string;
  @Field(() => Float) mean!: number;
  @Field(() => Int, { description: "How many scores it is the mean of." }) scores!: number;
}

@ObjectType({ description: "What happened in one window around a case's first conference." })
export class EffectWindow {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar, { description: "Exclusive." }) to!: string;
  @Field(() => Int, { description: "Pattern hits first seen." }) hitsOpened!: number;
  @Field(() => Int, { description: "Pattern hits resolved, dismissed or gone." }) hitsClosed!: number;
  @Field(() => Int) escalations!: number;
  @Field(() => Int) concessions!: number;
  @Field(() => Int, { description: "New uncoordinated-overlap hits." }) newOverlaps!: number;
  @Field(() => [ZrmMean]) zrm!: ZrmMean[];
}

@ObjectType({ description: "Did it help? The same length of time before and after the case's first conference (docs/cases.md)." })
export class CaseEffect {
  @Field(() => DateScalar) conference!: string;
  @Field(() => EffectWindow) before!: EffectWindow;
  @Field(() => EffectWindow) after!: EffectWindow;
}

@ObjectType({ description: "One household under the attention of one regisseur." })
export class Case {
  @Field(() => ID) id!: string;
  @Field(() => CaseStatus) status!: string;
  @Field(() => ConsentBasis, { nullable: true, description: "The legal ground the case works under." }) legalGround!: string | null;
  @Field(() => String, { nullable: true, description: "With LEGAL_TASK: the statutory task's article." }) legalArticle!: string | null;
  @Field(() => String, { description: "ISO 8601 date-time (UTC)." }) openedAt!: string;
  @Field(() => DateScalar) openedOn!: string;
  @Field(() => DateScalar, { nullable: true }) closedOn!: string | null;
  @Field(() => DateScalar, { description: "The first pattern hit about the household when the case was opened (else the day it was opened)." }) firstSignal!: string;
  @Field(() => DateScalar, { nullable: true, description: "The date a conference is planned for." }) plannedOn!: string | null;
  @Field(() => [CaseChange]) history!: CaseChange[];
  @Field(() => [CaseConference]) conferences!: CaseConference[];
  @Field(() => Plan, { nullable: true }) plan!: Plan | null;
  householdId!: string;
  consentId!: string | null;
  openedBy!: string;
  regisseurId!: string | null;
  inviteeIds!: string[];
}

@ObjectType({ description: "A field a mutation's input got wrong, and why, in words a person can act on." })
export class UserError {
  @Field(() => [String], { description: "The path to the input field, e.g. [\"input\", \"consentId\"]." }) field!: string[];
  @Field(() => String) message!: string;
}

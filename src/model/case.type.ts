import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConsentBasis, Domain, ZrmDomain } from "./enums";
import { DateScalar, DateTimeScalar } from "./scalars";
import { Node } from "./node.type";

/** Where a case stands: shared/api-contract.md. */
export enum CaseStatus {
  SIGNALLED = "SIGNALLED", EXPLORING = "EXPLORING", CONFERENCE_PLANNED = "CONFERENCE_PLANNED", PLAN_AGREED = "PLAN_AGREED",
  MONITORING = "MONITORING", CLOSED = "CLOSED",
}
registerEnumType(CaseStatus, {
  name: "CaseStatus",
  description: "SIGNALLED (opened) → EXPLORING → CONFERENCE_PLANNED → PLAN_AGREED → MONITORING → CLOSED (docs/cases.md).",
  valuesConfig: {
    SIGNALLED: { description: "Just opened: how it starts." },
    EXPLORING: { description: "The situation is being explored: set by hand, or when a conference is recorded on a SIGNALLED or CONFERENCE_PLANNED case." },
    CONFERENCE_PLANNED: { description: "A case conference is planned (planConference)." },
    PLAN_AGREED: { description: "A plan is agreed (agreePlan), or set back by hand from MONITORING." },
    MONITORING: { description: "The plan is followed up: set by hand from PLAN_AGREED." },
    CLOSED: { description: "Closed (closeCase), each of its open hits resolved or dismissed; nothing more can be changed." },
  },
});

export enum CaseChangeKind { OPENED = "OPENED", STATUS = "STATUS", ASSIGNED = "ASSIGNED", NOTE = "NOTE", CONFERENCE = "CONFERENCE", PLAN = "PLAN", ACTION = "ACTION", CLOSED = "CLOSED" }
registerEnumType(CaseChangeKind, {
  name: "CaseChangeKind",
  description: "What happened to a case.",
  valuesConfig: {
    OPENED: { description: "The case was opened (to SIGNALLED)." },
    STATUS: { description: "Its status changed: set by hand, by planning a conference, or to EXPLORING after a recorded conference." },
    ASSIGNED: { description: "A regisseur was assigned (assignCase, or a recorded conference)." },
    NOTE: { description: "A note was added (addCaseNote)." },
    CONFERENCE: { description: "A case conference was recorded." },
    PLAN: { description: "A plan was agreed (to PLAN_AGREED)." },
    ACTION: { description: "Progress on a plan action (the note is its progress)." },
    CLOSED: { description: "The case was closed." },
  },
});

@ObjectType({ description: "One entry of a case's history: who did what, when." })
export class CaseChange {
  @Field(() => DateTimeScalar, { description: "When." }) at!: string;
  @Field(() => CaseChangeKind, { description: "What happened." }) kind!: string;
  @Field(() => String, { nullable: true, description: "The user who did it; null for roles that see no staff." }) by!: string | null;
  @Field(() => CaseStatus, { nullable: true, description: "The status before, for a change of status (STATUS, PLAN, CLOSED); else null." }) from!: string | null;
  @Field(() => CaseStatus, { nullable: true, description: "The status after, for OPENED and a change of status; else null." }) to!: string | null;
  @Field(() => String, { nullable: true, description: "Free text; null for roles that may not read it." }) note!: string | null;
  @Field(() => DateScalar, { nullable: true, description: "A note about a period of the roll: its first day." }) aboutFrom!: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Its last day." }) aboutTo!: string | null;
  @Field(() => ID, { nullable: true, description: "A note about one help or event on the roll: its id." }) aboutItemId!: string | null;
  regisseurId!: string | null;
}

@ObjectType({ implements: Node, description: "A goal of the plan in one life domain (ZRM), with the family's own words where given." })
export class PlanGoal {
  @Field(() => ID, { description: "The goal's own id." }) id!: string;
  @Field(() => ZrmDomain, { description: "The life domain the goal is in." }) domain!: string;
  @Field(() => String, { nullable: true, description: "Free text; null for roles that may not read it." }) goal!: string | null;
  @Field(() => String, { nullable: true, description: "What the family said it wants, in its words; null when not given, or for roles that may not read free text." }) familyWords!: string | null;
}

@ObjectType({ implements: Node, description: "An action of the plan: what, whose (an agency or a professional), by when, and whether done." })
export class PlanAction {
  @Field(() => ID, { description: "The action's own id: what updatePlanAction takes." }) id!: string;
  @Field(() => String, { nullable: true, description: "Free text; null for roles that may not read it." }) description!: string | null;
  @Field(() => ZrmDomain, { nullable: true, description: "The goal's domain it serves." }) domain!: string | null;
  @Field(() => DateScalar, { description: "The day it is due." }) due!: string;
  @Field(() => DateScalar, { nullable: true, description: "The day it was done; null while not done." }) doneOn!: string | null;
  @Field(() => String, { nullable: true, description: "The last word on its progress; null when none, or for roles that may not read free text." }) progress!: string | null;
  @Field(() => Boolean, { description: "Not done and its due date has passed." }) overdue!: boolean;
  ownerAgencyId!: string | null;
  ownerProfessionalId!: string | null;
}

@ObjectType({ implements: Node, description: "The household's one plan: goals per life domain and actions with owners and due dates." })
export class Plan {
  @Field(() => ID, { description: "The plan's own id; a new plan agreed later has another." }) id!: string;
  @Field(() => DateScalar, { description: "The day it was agreed." }) agreedOn!: string;
  @Field(() => [PlanGoal], { description: "Its goals, in the order given." }) goals!: PlanGoal[];
  @Field(() => [PlanAction], { description: "Its actions, by due date." }) actions!: PlanAction[];
}

@ObjectType({ implements: Node, description: "A case conference held: who was at the table, the family, the agreements, the regisseur from then on." })
export class CaseConference {
  @Field(() => ID, { description: "The conference's own id." }) id!: string;
  @Field(() => DateScalar, { description: "The day it was held." }) date!: string;
  @Field(() => Boolean, { description: "Whether the family was at the table." }) familyPresent!: boolean;
  @Field(() => String, { nullable: true, description: "What the family said it wants; free text, null when not given or for roles that may not read it (an agency worker: of a conference it was not at)." }) familyWish!: string | null;
  @Field(() => String, { nullable: true, description: "The agreements; free text, null for roles that may not read it (an agency worker: of a conference it was not at)." }) agreements!: string | null;
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
  @Field(() => ZrmDomain, { description: "The life domain." }) domain!: string;
  @Field(() => Float, { description: "The mean score, 1 to 5, to two decimals." }) mean!: number;
  @Field(() => Int, { description: "How many scores it is the mean of." }) scores!: number;
}

@ObjectType({ description: "What happened in one window around a case's first conference." })
export class EffectWindow {
  @Field(() => DateScalar, { description: "The window's first day." }) from!: string;
  @Field(() => DateScalar, { description: "The day after its last: [from, to)." }) to!: string;
  @Field(() => Int, { description: "Pattern hits about the household or a member first seen in it." }) hitsOpened!: number;
  @Field(() => Int, { description: "Pattern hits resolved, dismissed or gone." }) hitsClosed!: number;
  @Field(() => Int, { description: "ESCALATION events about the household, or a member then." }) escalations!: number;
  @Field(() => Int, { description: "CONCESSION events about the household, or a member then." }) concessions!: number;
  @Field(() => Int, { description: "New uncoordinated-overlap hits." }) newOverlaps!: number;
  @Field(() => [ZrmMean], { description: "The mean ZRM score per life domain of the outcomes dated in it; only domains with scores." }) zrm!: ZrmMean[];
}

@ObjectType({ description: "Did it help? The same length of time before and after the case's first conference (docs/cases.md)." })
export class CaseEffect {
  @Field(() => DateScalar, { description: "The day of the first conference: where the windows meet." }) conference!: string;
  @Field(() => EffectWindow, { description: "The window ending the day before the conference." }) before!: EffectWindow;
  @Field(() => EffectWindow, { description: "The window from the conference on: up to today, at most a year." }) after!: EffectWindow;
}

@ObjectType({ implements: Node, description: "One household under the attention of one regisseur. Not for ANALYST; an AGENCY_WORKER sees only the cases it is invited to or took part in." })
export class Case {
  @Field(() => ID, { description: "The case's own id (random: it says nothing about the household)." }) id!: string;
  @Field(() => CaseStatus, { description: "Where it stands." }) status!: string;
  @Field(() => ConsentBasis, { nullable: true, description: "The legal ground the case works under." }) legalGround!: string | null;
  @Field(() => String, { nullable: true, description: "With LEGAL_TASK: the statutory task's article; null where the household is seen in analyst form." }) legalArticle!: string | null;
  @Field(() => DateTimeScalar, { description: "When it was opened." }) openedAt!: string;
  @Field(() => DateScalar, { description: "The day it was opened." }) openedOn!: string;
  @Field(() => DateScalar, { nullable: true, description: "The day it was closed; null while open." }) closedOn!: string | null;
  @Field(() => DateScalar, { description: "The first pattern hit about the household when the case was opened (else the day it was opened)." }) firstSignal!: string;
  @Field(() => DateScalar, { nullable: true, description: "The date a conference is planned for." }) plannedOn!: string | null;
  @Field(() => [CaseChange], { description: "Everything that happened to it, oldest first." }) history!: CaseChange[];
  @Field(() => [CaseConference], { description: "The conferences held, oldest first." }) conferences!: CaseConference[];
  @Field(() => Plan, { nullable: true, description: "The current plan; null before one was agreed (for an agency worker: until it took part in a conference)." }) plan!: Plan | null;
  householdId!: string;
  consentId!: string | null;
  openedBy!: string;
  regisseurId!: string | null;
  inviteeIds!: string[];
}

@ObjectType({ description: "A field a mutation's input got wrong, and why, in words a person can act on." })
export class UserError {
  @Field(() => [String], { description: "The path to the input field, e.g. [\"input\", \"consentId\"]." }) field!: string[];
  @Field(() => String, { description: "What is wrong, and what to do about it." }) message!: string;
}

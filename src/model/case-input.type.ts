import { Field, ID, InputType } from "type-graphql";
import { CaseStatus } from "./case.type";
import { ConsentBasis, ZrmDomain } from "./enums";
import { DismissReason, HitStatus } from "./hit-work.type";
import { DateScalar } from "./scalars";

@InputType({ description: "A case on a household, under a legal ground." })
export class OpenCaseInput {
  @Field(() => ID, { description: "The household, by the id the caller sees it by; it has no open case yet." }) householdId!: string;
  @Field(() => ConsentBasis, { description: "CONSENT (name the consent record), LEGAL_TASK (name the article) or VITAL_INTEREST (say which, in the note)." })
  legalGround!: ConsentBasis;
  @Field(() => ID, { nullable: true, description: "With CONSENT: the household's consent record, running today." }) consentId?: string | null;
  @Field(() => String, { nullable: true, description: "With LEGAL_TASK: the statutory task's article, e.g. \"Jeugdwet art. 2.1\"." }) legalArticle?: string | null;
  @Field(() => String, { nullable: true, description: "Why the case is opened; required with VITAL_INTEREST; at most 2000 characters." }) note?: string | null;
  @Field(() => ID, { nullable: true, description: "The stored pattern hit about this household it was opened from." }) hitId?: string | null;
}

@InputType({ description: "A case's status set by hand." })
export class SetCaseStatusInput {
  @Field(() => ID, { description: "The case; not closed." }) caseId!: string;
  @Field(() => CaseStatus, { description: "EXPLORING or MONITORING (or back from MONITORING to PLAN_AGREED)." }) status!: CaseStatus;
  @Field(() => String, { nullable: true, description: "Why, for the case's history; at most 2000 characters." }) note?: string | null;
}

@InputType({ description: "A new regisseur for an open case." })
export class AssignCaseInput {
  @Field(() => ID, { description: "The case; not closed." }) caseId!: string;
  @Field(() => ID, { description: "The professional who is regisseur from today: the household's coordinator assignment." }) regisseurId!: string;
  @Field(() => String, { nullable: true, description: "Why, for the case's history; at most 2000 characters." }) note?: string | null;
}

@InputType({ description: "A note in the case's history; about the whole case, or about a period of the roll." })
export class AddCaseNoteInput {
  @Field(() => ID, { description: "The case; not closed." }) caseId!: string;
  @Field(() => String, { description: "The note: free text, 1 to 2000 characters." }) note!: string;
  @Field(() => DateScalar, { nullable: true, description: "With aboutTo: the period of the roll the note is about." }) aboutFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "With aboutFrom: the period's last day, not before aboutFrom." }) aboutTo?: string | null;
  @Field(() => ID, { nullable: true, description: "The help or event on the household's roll the note is about." }) aboutItemId?: string | null;
}

@InputType({ description: "What became of one of the case's open hits." })
export class HitOutcomeInput {
  @Field(() => ID, { description: "One of the case's open hits (PatternHit.id)." }) id!: string;
  @Field(() => HitStatus, { description: "RESOLVED or DISMISSED." }) status!: HitStatus;
  @Field(() => DismissReason, { nullable: true, description: "Required with DISMISSED, and only then." }) reason?: DismissReason | null;
  @Field(() => String, { nullable: true, description: "Free text, at most 2000 characters; required with reason OTHER." }) note?: string | null;
}

@InputType({ description: "A case closed, with what became of each of its open hits." })
export class CloseCaseInput {
  @Field(() => ID, { description: "The case; not closed already." }) caseId!: string;
  @Field(() => String, { nullable: true, description: "Why, for the case's history; at most 2000 characters." }) note?: string | null;
  @Field(() => [HitOutcomeInput], { description: "Every open hit of the household (NEW, SEEN, IN_PROGRESS), each once, resolved or dismissed." }) hits!: HitOutcomeInput[];
}

@InputType({ description: "A case conference planned: its date and whom to invite." })
export class PlanConferenceInput {
  @Field(() => ID, { description: "The case; not closed." }) caseId!: string;
  @Field(() => DateScalar, { description: "The day it is planned for: today or later." }) date!: string;
  @Field(() => [ID], { nullable: true, description: "Professionals invited (at most 40): they see the case in their list (the roll only once they took part)." })
  inviteeIds?: string[] | null;
}

@InputType({ description: "A case conference held." })
export class RecordConferenceInput {
  @Field(() => ID, { description: "The case; not closed." }) caseId!: string;
  @Field(() => DateScalar, { description: "The day it was held: today or earlier, not before the case was opened." }) date!: string;
  @Field(() => [ID], { description: "The professionals who took part: at least 1, at most 40. They see the household in full while the case is open and its legal ground holds." }) participants!: string[];
  @Field(() => Boolean, { description: "Whether the family was at the table." }) familyPresent!: boolean;
  @Field(() => String, { nullable: true, description: "What the family said it wants; at most 2000 characters." }) familyWish?: string | null;
  @Field(() => String, { description: "What was agreed: free text, 1 to 8000 characters." }) agreements!: string;
  @Field(() => ID, { description: "The regisseur from the conference on: the household's coordinator assignment in the graph, from its date." })
  regisseurId!: string;
}

@InputType({ description: "A goal of the plan in one ZRM life domain." })
export class PlanGoalInput {
  @Field(() => ZrmDomain, { description: "The life domain the goal is in." }) domain!: ZrmDomain;
  @Field(() => String, { description: "The goal: free text, 1 to 500 characters." }) goal!: string;
  @Field(() => String, { nullable: true, description: "The family's own words; at most 500 characters." }) familyWords?: string | null;
}

@InputType({ description: "An action of the plan: what, whose, by when. It has an owner: an agency, a professional or both." })
export class PlanActionInput {
  @Field(() => String, { description: "What is to be done: free text, 1 to 500 characters." }) description!: string;
  @Field(() => ZrmDomain, { nullable: true, description: "The life domain it serves." }) domain?: ZrmDomain | null;
  @Field(() => ID, { nullable: true, description: "The agency that owns it." }) ownerAgencyId?: string | null;
  @Field(() => ID, { nullable: true, description: "The professional who owns it." }) ownerProfessionalId?: string | null;
  @Field(() => DateScalar, { description: "The day it is due: today or later." }) due!: string;
}

@InputType({ description: "The household's plan, agreed: it replaces the plan before it, and the case is PLAN_AGREED." })
export class AgreePlanInput {
  @Field(() => ID, { description: "The case; not closed." }) caseId!: string;
  @Field(() => [PlanGoalInput], { description: "The goals, 1 to 50, in their order." }) goals!: PlanGoalInput[];
  @Field(() => [PlanActionInput], { description: "The actions, at most 50." }) actions!: PlanActionInput[];
}

@InputType({ description: "Progress on one action of a case's plan." })
export class UpdatePlanActionInput {
  @Field(() => ID, { description: "The case; not closed." }) caseId!: string;
  @Field(() => ID, { description: "The action (PlanAction.id) of the case's current plan." }) actionId!: string;
  @Field(() => DateScalar, { nullable: true, description: "The day it was done (today or earlier); null: not done." }) doneOn?: string | null;
  @Field(() => String, { nullable: true, description: "A short word on its progress; at most 2000 characters." }) progress?: string | null;
}

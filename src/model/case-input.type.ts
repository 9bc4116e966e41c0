import { Field, ID, InputType } from "type-graphql";
import { CaseStatus } from "./case.type";
import { ConsentBasis, ZrmDomain } from "./enums";
import { DismissReason, HitStatus } from "./hit-work.type";
import { DateScalar } from "./scalars";

@InputType({ description: "A case on a household, under a legal ground." })
export class OpenCaseInput {
  @Field(() => ID) householdId!: string;
  @Field(() => ConsentBasis, { description: "CONSENT (name the consent record), LEGAL_TASK (name the article) or VITAL_INTEREST (say which, in the note)." })
  legalGround!: ConsentBasis;
  @Field(() => ID, { nullable: true, description: "With CONSENT: the household's consent record, running today." }) consentId?: string | null;
  @Field(() => String, { nullable: true, description: "With LEGAL_TASK: the statutory task's article, e.g. \"Jeugdwet art. 2.1\"." }) legalArticle?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => ID, { nullable: true, description: "The pattern hit it was opened from." }) hitId?: string | null;
}

@InputType()
export class SetCaseStatusInput {
  @Field(() => ID) caseId!: string;
  @Field(() => CaseStatus, { description: "EXPLORING or MONITORING (or back from MONITORING to PLAN_AGREED)." }) status!: CaseStatus;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class AssignCaseInput {
  @Field(() => ID) caseId!: string;
  @Field(() => ID, { description: "The professional who is regisseur from today: the household's coordinator assignment." }) regisseurId!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({ description: "A note in the case's history; about the whole case, or about a period of the roll." })
export class AddCaseNoteInput {
  @Field(() => ID) caseId!: string;
  @Field(() => String) note!: string;
  @Field(() => DateScalar, { nullable: true, description: "With aboutTo: the period of the roll the note is about." }) aboutFrom?: string | null;
  @Field(() => DateScalar, { nullable: true }) aboutTo?: string | null;
  @Field(() => ID, { nullable: true, description: "The help or event on the household's roll the note is about." }) aboutItemId?: string | null;
}

@InputType({ description: "What became of one of the case's open hits." })
export class HitOutcomeInput {
  @Field(() => ID) id!: string;
  @Field(() => HitStatus, { description: "RESOLVED or DISMISSED." }) status!: HitStatus;
  @Field(() => DismissReason, { nullable: true }) reason?: DismissReason | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class CloseCaseInput {
  @Field(() => ID) caseId!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => [HitOutcomeInput], { description: "Every open hit of the household, each resolved or dismissed." }) hits!: HitOutcomeInput[];
}

@InputType()
export class PlanConferenceInput {
  @Field(() => ID) caseId!: string;
  @Field(() => DateScalar) date!: string;
  @Field(() => [ID], { nullable: true, description: "Professionals invited: they see the case in their list (the roll only once they took part)." })
  inviteeIds?: string[] | null;
}

@InputType({ description: "A case conference held." })
export class RecordConferenceInput {
  @Field(() => ID) caseId!: string;
  @Field(() => DateScalar, { description: "The day it was held: today or earlier." }) date!: string;
  @Field(() => [ID], { description: "The professionals who took part." }) participants!: string[];
  @Field(() => Boolean) familyPresent!: boolean;
  @Field(() => String, { nullable: true, description: "What the family said it wants." }) familyWish?: string | null;
  @Field(() => String) agreements!: string;
  @Field(() => ID, { description: "The regisseur from the conference on: the household's coordinator assignment in the graph, from its date." })
  regisseurId!: string;
}

@InputType()
export class PlanGoalInput {
  @Field(() => ZrmDomain) domain!: ZrmDomain;
  @Field(() => String) goal!: string;
  @Field(() => String, { nullable: true, description: "The family's own words." }) familyWords?: string | null;
}

@InputType()
export class PlanActionInput {
  @Field(() => String) description!: string;
  @Field(() => ZrmDomain, { nullable: true }) domain?: ZrmDomain | null;
  @Field(() => ID, { nullable: true }) ownerAgencyId?: string | null;
  @Field(() => ID, { nullable: true }) ownerProfessionalId?: string | null;
  @Field(() => DateScalar) due!: string;
}

@InputType()
export class AgreePlanInput {
  @Field(() => ID) caseId!: string;
  @Field(() => [PlanGoalInput]) goals!: PlanGoalInput[];
  @Field(() => [PlanActionInput]) actions!: PlanActionInput[];
}

@InputType()
export class UpdatePlanActionInput {
  @Field(() => ID) caseId!: string;
  @Field(() => ID) actionId!: string;
  @Field(() => DateScalar, { nullable: true, description: "The day it was done; null: not done." }) doneOn?: string | null;
  @Field(() => String, { nullable: true }) progress?: string | null;
}

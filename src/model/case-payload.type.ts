import { Field, ObjectType } from "type-graphql";
import { Case, UserError } from "./case.type";

/** A mutation's answer: the case as it is now (null when nothing was written) and what the input got wrong. */
export function CasePayload(name: string) {
  @ObjectType(name)
  class Payload {
    @Field(() => Case, { nullable: true }) case!: unknown;
    @Field(() => [UserError]) userErrors!: UserError[];
  }
  return Payload;
}

export const OpenCasePayload = CasePayload("OpenCasePayload");
export const RecordConferencePayload = CasePayload("RecordConferencePayload");
export const SetCaseStatusPayload = CasePayload("SetCaseStatusPayload");
export const AssignCasePayload = CasePayload("AssignCasePayload");
export const AddCaseNotePayload = CasePayload("AddCaseNotePayload");
export const CloseCasePayload = CasePayload("CloseCasePayload");
export const PlanConferencePayload = CasePayload("PlanConferencePayload");
export const AgreePlanPayload = CasePayload("AgreePlanPayload");
export const UpdatePlanActionPayload = CasePayload("UpdatePlanActionPayload");

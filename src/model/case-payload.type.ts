import { Field, ObjectType } from "type-graphql";
import { Case, UserError } from "./case.type";

/** A mutation's answer: the case as it is now (null when nothing was written) and what the input got wrong. */
export function CasePayload(name: string) {
  @ObjectType(name, { description: "A case mutation's answer: the case as it is now, or what the input got wrong (then nothing was written)." })
  class Payload {
    @Field(() => Case, { nullable: true, description: "The case as it is now, as the caller may see it; null when nothing was written." }) case!: unknown;
    @Field(() => [UserError], { description: "Every problem with the input, each naming its field; empty when the change was written." }) userErrors!: UserError[];
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

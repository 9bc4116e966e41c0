import { Case } from "./case.type";
import { Payload } from "./payload";

/** A mutation's answer: the case as it is now (null when nothing was written) and what the input got wrong. */
export function CasePayload(name: string) {
  return Payload(name, "A case mutation's answer: the case as it is now, or what the input got wrong (then nothing was written).", {
    case: { type: () => Case, description: "The case as it is now, as the caller may see it; null when nothing was written." },
  });
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

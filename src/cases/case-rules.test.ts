import { CaseStatus } from "../model/case.type";
import { refusedStep } from "./case-rules";

describe("which status a case may be given by hand", () => {
  it("lets a case be explored from any open status, and monitored once its plan is agreed", () => {
    for (const from of [CaseStatus.SIGNALLED, CaseStatus.CONFERENCE_PLANNED, CaseStatus.PLAN_AGREED, CaseStatus.MONITORING]) {
      expect(refusedStep(from, CaseStatus.EXPLORING)).toBeNull();
    }
    expect(refusedStep(CaseStatus.PLAN_AGREED, CaseStatus.MONITORING)).toBeNull();
    expect(refusedStep(CaseStatus.MONITORING, CaseStatus.PLAN_AGREED)).toBeNull();
  });

  it("sends the steps that need more than a word to their own mutation, and says so", () => {
    expect(refusedStep(CaseStatus.EXPLORING, CaseStatus.CONFERENCE_PLANNED)).toMatch(/planConference/);
    expect(refusedStep(CaseStatus.EXPLORING, CaseStatus.PLAN_AGREED)).toMatch(/agreePlan/);
    expect(refusedStep(CaseStatus.MONITORING, CaseStatus.CLOSED)).toMatch(/closeCase/);
    expect(refusedStep(CaseStatus.EXPLORING, CaseStatus.SIGNALLED)).toMatch(/only when it is opened/);
    expect(refusedStep(CaseStatus.EXPLORING, CaseStatus.MONITORING)).toBe("a case cannot go from EXPLORING to MONITORING");
  });

  it("changes nothing about a closed case", () => {
    for (const to of Object.values(CaseStatus)) expect(refusedStep(CaseStatus.CLOSED, to)).toBe("the case is closed");
  });
});

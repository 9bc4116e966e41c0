import { CaseStatus } from "../model/case.type";

/**
 * The statuses a case may be set to by hand (docs/cases.md). CONFERENCE_PLANNED comes with a
 * planned conference, PLAN_AGREED with a plan, CLOSED with what became of the case's hits.
 */
const BY_HAND: Partial<Record<CaseStatus, CaseStatus[]>> = {
  [CaseStatus.EXPLORING]: [CaseStatus.SIGNALLED, CaseStatus.CONFERENCE_PLANNED, CaseStatus.PLAN_AGREED, CaseStatus.MONITORING],
  [CaseStatus.MONITORING]: [CaseStatus.PLAN_AGREED],
  [CaseStatus.PLAN_AGREED]: [CaseStatus.MONITORING],
};

/** Why a case cannot go from one status to another by hand, or null when it can. */
export function refusedStep(from: string, to: CaseStatus): string | null {
  if (from === CaseStatus.CLOSED) return "the case is closed";
  if (to === CaseStatus.CONFERENCE_PLANNED) return "plan a conference (planConference) to get there";
  if (to === CaseStatus.CLOSED) return "close the case (closeCase), saying what became of its hits";
  if (to === CaseStatus.SIGNALLED) return "a case is SIGNALLED only when it is opened";
  if (to === CaseStatus.PLAN_AGREED && from !== CaseStatus.MONITORING) return "agree a plan (agreePlan) to get there";
  if (!(BY_HAND[to] ?? []).includes(from as CaseStatus)) return `a case cannot go from ${from} to ${to}`;
  return null;
}

/** Open pattern hits: still work for someone. */
export const OPEN_HIT = ["NEW", "SEEN", "IN_PROGRESS"];

import { Role } from "../access/viewer";
import type { Context } from "../context";
import { caseStore } from "./case-store";
import { seeCase, type SeenCase } from "./case-view";

/**
 * A case by its id, as case(id:) shows it; for node(id:), so an analyst (for whom cases are not)
 * gets null, as for a case that does not exist, where case(id:) refuses it.
 */
export async function caseById(ctx: Context, id: string): Promise<SeenCase | null> {
  if (ctx.viewer.role === Role.ANALYST) return null;
  return seeCase(ctx, await caseStore(ctx).byId.load(id));
}

export type CasePart = "CaseConference" | "Plan" | "PlanGoal" | "PlanAction";

/**
 * A conference, plan, plan goal or plan action by its id: as its case shows it to this caller
 * (case(id:) { conferences plan { goals actions } }), or null. A plan no longer current is not shown
 * by its case, and so is not found.
 */
export async function casePartById(ctx: Context, part: CasePart, id: string): Promise<object | null> {
  const caseId = ctx.viewer.role === Role.ANALYST ? null : await caseStore(ctx).ofPart.load(id);
  const seen = caseId ? await caseById(ctx, caseId) : null;
  switch (part) {
    case "CaseConference":
      return seen?.conferences.find((k) => k.id === id) ?? null;
    case "Plan":
      return seen?.plan?.id === id ? seen.plan : null;
    case "PlanGoal":
      return seen?.plan?.goals.find((g) => g.id === id) ?? null;
    case "PlanAction":
      return seen?.plan?.actions.find((a) => a.id === id) ?? null;
  }
}

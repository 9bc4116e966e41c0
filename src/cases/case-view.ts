import { View } from "../access/policy";
import { Role } from "../access/viewer";
import type { Context } from "../context";
import type { CaseRecord } from "./records";

export type SeenCase = CaseRecord & { __view: View };

/**
 * A case as this viewer may see it, or null: as its household is seen (free text and who did what
 * only in full view); an agency worker sees only the cases it is invited to or took part in.
 */
export async function seeCase(ctx: Context, c: CaseRecord | null): Promise<SeenCase | null> {
  if (!c) return null;
  const household = await ctx.loaders.household.load(c.householdId);
  if (!household) return null;
  const me = ctx.viewer.userId;
  if (ctx.viewer.role === Role.AGENCY_WORKER && !c.inviteeIds.includes(me) && !c.conferences.some((k) => k.participantIds.includes(me))) return null;
  const view = (household as { __view?: View }).__view ?? View.FULL;
  if (view === View.FULL) return { ...c, __view: view };
  return {
    ...c, __view: view, openedBy: "", consentId: null,
    history: c.history.map((h) => ({ ...h, by: null, note: null })),
    conferences: c.conferences.map((k) => ({ ...k, familyWish: null, agreements: null })),
    plan: c.plan && {
      ...c.plan,
      goals: c.plan.goals.map((g) => ({ ...g, goal: null, familyWords: null })),
      actions: c.plan.actions.map((a) => ({ ...a, description: null, progress: null })),
    },
  };
}

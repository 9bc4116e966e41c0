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
  if (!c || !atTable(ctx, c)) return null;
  // loaded only now: a household loaded is recorded as shown in the audit entry
  const household = await ctx.loaders.household.load(c.householdId);
  if (!household) return null;
  const me = ctx.viewer.userId;
  const view = (household as { __view?: View }).__view ?? View.FULL;
  // the staff a case names are seen as the case is (in analyst form outside the viewer's households)
  const seen = {
    ...c, history: c.history.map((h) => ({ ...h, __view: view })), conferences: c.conferences.map((k) => ({ ...k, __view: view })),
    plan: c.plan && { ...c.plan, actions: c.plan.actions.map((a) => ({ ...a, __view: view })) },
  };
  if (ctx.viewer.role === Role.AGENCY_WORKER) return forParticipant(seen, me, view);
  if (view === View.FULL) return { ...seen, __view: view };
  return {
    ...seen, __view: view, openedBy: "", consentId: null, legalArticle: null,
    history: seen.history.map((h) => ({ ...h, by: null, note: null })),
    conferences: seen.conferences.map((k) => ({ ...k, familyWish: null, agreements: null })),
    plan: seen.plan && {
      ...seen.plan,
      goals: seen.plan.goals.map((g) => ({ ...g, goal: null, familyWords: null })),
      actions: seen.plan.actions.map((a) => ({ ...a, description: null, progress: null })),
    },
  };
}

/** Whether the viewer's role lets it see this case at all: an agency worker only one it is invited to or took part in. */
export function atTable(ctx: Context, c: CaseRecord): boolean {
  const me = ctx.viewer.userId;
  return ctx.viewer.role !== Role.AGENCY_WORKER || c.inviteeIds.includes(me) || c.conferences.some((k) => k.participantIds.includes(me));
}

/**
 * A case as a professional from an agency sees it: the conferences it took part in whole, the plan
 * once it was at the table; never the regisseur's own notes, nor what was said at a table it was not at.
 */
function forParticipant(c: Omit<SeenCase, "__view">, me: string, view: View): SeenCase {
  const tookPart = c.conferences.some((k) => k.participantIds.includes(me));
  return {
    ...c, __view: view, openedBy: "", consentId: null,
    history: c.history.map((h) => ({ ...h, by: null, note: null })),
    conferences: c.conferences.map((k) => (k.participantIds.includes(me) ? k : { ...k, familyWish: null, agreements: null })),
    plan: tookPart ? c.plan : null,
  };
}

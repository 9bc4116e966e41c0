import { View } from "../access/policy";
import { Role } from "../access/viewer";
import type { Context } from "../context";
import type { Hit } from "../detectors/types";

/** The roles that read pattern hits and detection runs. */
export const PATTERN_ROLES = [Role.ADMIN, Role.COORDINATOR, Role.ANALYST];

/**
 * Each hit as this caller sees it (its evidence seen as its subject is), or null where the subject
 * is not to be seen, or no longer stored (removed while the page was made: the page goes on without it).
 */
export async function seenAs<H extends Hit>(ctx: Context, hits: H[]): Promise<((H & { __view: View }) | null)[]> {
  const [views, stored] = await Promise.all([
    Promise.all(hits.map((h) => ctx.access.subjectView(h.subjectType, h.subjectId))),
    Promise.all(hits.map((h) => ctx.loaders.subjectStored(h.subjectType, h.subjectId))),
  ]);
  return hits.map((h, i) => {
    const view = views[i] as View;
    if (view === View.NONE || !stored[i]) return null;
    return { ...h, __view: view, evidence: h.evidence.map((e) => ({ ...e, __view: view })) };
  });
}

/**
 * A hit is data about its subject and the household the subject belongs to now, whatever fields are
 * asked of it: the audit entry names them, so `auditEvents(householdId:)` finds a read of a member's hit too.
 */
export async function touchSubjects(ctx: Context, hits: Hit[]): Promise<void> {
  const persons = [...new Set(hits.filter((h) => h.subjectType === "Person").map((h) => h.subjectId))];
  for (const h of hits) (h.subjectType === "Household" ? ctx.access.touchedHouseholds : ctx.access.touchedPersons).add(h.subjectId);
  const memberships = await ctx.loaders.membershipsOfPerson.loadMany(persons);
  const today = ctx.today;
  for (const list of memberships) {
    if (list instanceof Error) continue;
    for (const m of list) if (m.from <= today && (!m.to || today < m.to)) ctx.access.touchedHouseholds.add(m.householdId); // the household it belongs to now
  }
}

/** Only the hits whose subject this caller may see, each seen as its subject is. */
export async function visible<H extends Hit>(ctx: Context, hits: H[]): Promise<(H & { __view: View })[]> {
  const shown = (await seenAs(ctx, hits)).filter((h): h is H & { __view: View } => h !== null);
  await touchSubjects(ctx, shown);
  return shown;
}

import type { Context } from "../context";
import { isIsoDate } from "../dates";
import { cypher } from "../graph/cypher";
import { neoDate } from "../graph/convert";
import { CaseStatus } from "../model/case.type";
import { caseToWorkOn, MAX_NOTE } from "./case.service";
import { freshCase, newId } from "./case-store";
import { done, failed, Problems, type Outcome } from "./problems";
import type { CaseRecord } from "./records";

const AGREE = cypher("cases/queries/agree-plan.cypher");
const UPDATE = cypher("cases/queries/update-plan-action.cypher");
const MAX_ITEMS = 50;

export interface GoalInput { domain: string; goal: string; familyWords?: string | null | undefined }
export interface ActionInput {
  description: string; domain?: string | null | undefined; ownerAgencyId?: string | null | undefined;
  ownerProfessionalId?: string | null | undefined; due: string;
}

/** The household's one plan: goals per life domain, actions with an owner and a due date. Replaces the plan before it. */
export async function agreePlan(ctx: Context, input: { caseId: string; goals: GoalInput[]; actions: ActionInput[] }): Promise<Outcome<CaseRecord>> {
  const problems = new Problems();
  const c = await caseToWorkOn(ctx, input.caseId, problems);
  if (!input.goals.length) problems.add("goals", "a plan has at least one goal");
  if (input.goals.length > MAX_ITEMS) problems.add("goals", `at most ${MAX_ITEMS}`);
  if (input.actions.length > MAX_ITEMS) problems.add("actions", `at most ${MAX_ITEMS}`);
  const goals = input.goals.slice(0, MAX_ITEMS).map((g, i) => ({
    id: newId("goal"), position: i, domain: g.domain,
    goal: problems.text(`goals.${i}.goal`, g.goal, 500, "say what the goal is"),
    familyWords: problems.text(`goals.${i}.familyWords`, g.familyWords, 500),
  }));
  const actions = [];
  for (const [i, a] of input.actions.slice(0, MAX_ITEMS).entries()) {
    const description = problems.text(`actions.${i}.description`, a.description, 500, "say what is to be done");
    if (!a.ownerAgencyId && !a.ownerProfessionalId) problems.add(`actions.${i}.ownerAgencyId`, "an action has an owner: an agency or a professional");
    if (a.ownerAgencyId && !(await ctx.loaders.agency.load(a.ownerAgencyId))) problems.add(`actions.${i}.ownerAgencyId`, "no agency has this id");
    if (a.ownerProfessionalId && !(await ctx.loaders.professional.load(a.ownerProfessionalId))) problems.add(`actions.${i}.ownerProfessionalId`, "no professional has this id");
    if (!isIsoDate(a.due)) problems.add(`actions.${i}.due`, "a date YYYY-MM-DD");
    else if (a.due < ctx.today) problems.add(`actions.${i}.due`, "a due date is today or later");
    actions.push({
      id: newId("action"), position: i, description, domain: a.domain ?? null, ownerAgencyId: a.ownerAgencyId ?? null,
      ownerProfessionalId: a.ownerProfessionalId ?? null, due: isIsoDate(a.due) ? neoDate(a.due) : null,
    });
  }
  if (c?.status === CaseStatus.CLOSED) problems.add("caseId", "the case is closed");
  if (!c || problems.any) return failed(problems);
  await ctx.graph.write(AGREE, { caseId: c.id, id: newId("plan"), goals, actions, userId: ctx.viewer.userId, today: neoDate(ctx.today) });
  return done((await freshCase(ctx, c.id)) as CaseRecord);
}

/** Progress on one action: done on a day (or not done after all), and a short note. */
export async function updatePlanAction(
  ctx: Context, input: { caseId: string; actionId: string; doneOn?: string | null | undefined; progress?: string | null | undefined },
): Promise<Outcome<CaseRecord>> {
  const problems = new Problems();
  const c = await caseToWorkOn(ctx, input.caseId, problems);
  const progress = problems.text("progress", input.progress, MAX_NOTE);
  if (input.doneOn && input.doneOn > ctx.today) problems.add("doneOn", "an action is done today or earlier");
  if (c && !c.plan?.actions.some((a) => a.id === input.actionId)) problems.add("actionId", "no action of this case's plan has this id");
  if (c?.status === CaseStatus.CLOSED) problems.add("caseId", "the case is closed");
  if (!c || problems.any) return failed(problems);
  await ctx.graph.write(UPDATE, { caseId: c.id, actionId: input.actionId, doneOn: input.doneOn ? neoDate(input.doneOn) : null, progress, userId: ctx.viewer.userId });
  return done((await freshCase(ctx, c.id)) as CaseRecord);
}

import type { Context } from "../context";
import { addDays } from "../dates";
import { cypher } from "../graph/cypher";
import { neoDate } from "../graph/convert";
import { refreshReachIn } from "../graph/help-reach";
import { runDetection } from "../hits/run.service";
import { logger } from "../logger";
import { CaseStatus } from "../model/case.type";
import { caseToWorkOn, MAX_NOTE, step } from "./case.service";
import { freshCase, newId } from "./case-store";
import { done, failed, Problems, type Outcome } from "./problems";
import { proposalRow, type CaseRecord } from "./records";

const PROPOSALS = cypher("cases/queries/conference-proposals.cypher");
const RECORD = cypher("cases/queries/record-conference.cypher");
const ASSIGN = cypher("cases/queries/assign-regisseur.cypher");
/** Who was involved within this many days is proposed too, beside whoever helps now. */
export const RECENT_DAYS = 365;
const MAX_PARTICIPANTS = 40;

/** Who should be at the table: every agency and professional involved now or within a year, per domain. */
export async function conferenceProposals(ctx: Context, c: CaseRecord) {
  const rows = await ctx.graph.read(PROPOSALS, { householdId: c.householdId, today: neoDate(ctx.today), since: neoDate(addDays(ctx.today, -RECENT_DAYS)) });
  return rows.map((r) => proposalRow.parse(r));
}

/** Plans the case conference: its date and whom the regisseur invites (they see the case in their list). */
export async function planConference(ctx: Context, input: { caseId: string; date: string; inviteeIds?: string[] | null | undefined }): Promise<Outcome<CaseRecord>> {
  const problems = new Problems();
  const c = await caseToWorkOn(ctx, input.caseId, problems);
  if (input.date < ctx.today) problems.add("date", "a conference is planned for today or later");
  const invitees = [...new Set(input.inviteeIds ?? [])];
  await checkProfessionals(ctx, invitees, "inviteeIds", problems);
  if (c?.status === CaseStatus.CLOSED) problems.add("caseId", "the case is closed");
  if (!c || problems.any) return failed(problems);
  return step(ctx, c, { to: CaseStatus.CONFERENCE_PLANNED, kind: "STATUS", note: null, plannedOn: input.date, inviteeIds: invitees }, problems);
}

async function checkProfessionals(ctx: Context, ids: string[], field: string, problems: Problems): Promise<void> {
  if (ids.length > MAX_PARTICIPANTS) problems.add(field, `at most ${MAX_PARTICIPANTS}`);
  const found = await Promise.all(ids.slice(0, MAX_PARTICIPANTS).map((id) => ctx.loaders.professional.load(id)));
  found.forEach((p, i) => !p && problems.add(`${field}.${i}`, "no professional has this id"));
}

export interface RecordConferenceInput {
  caseId: string; date: string; participants: string[]; familyPresent: boolean; familyWish?: string | null | undefined;
  agreements: string; regisseurId: string;
}

/**
 * Records a case conference held: the regisseur it names becomes the household's coordinator from
 * that day, the participants may see the roll while the case is open, and the detectors are run
 * again for the household (the conference is a CASE_CONFERENCE event to them).
 */
export async function recordConference(ctx: Context, input: RecordConferenceInput): Promise<Outcome<CaseRecord>> {
  const problems = new Problems();
  const c = await caseToWorkOn(ctx, input.caseId, problems);
  if (input.date > ctx.today) problems.add("date", "record a conference once it was held (plan it with planConference)");
  else if (c && input.date < c.openedOn) problems.add("date", "a conference of this case is held on or after the day it was opened");
  const participants = [...new Set(input.participants)];
  if (!participants.length) problems.add("participants", "name who took part");
  await checkProfessionals(ctx, participants, "participants", problems);
  if (!(await ctx.loaders.professional.load(input.regisseurId))) problems.add("regisseurId", "no professional has this id");
  const familyWish = problems.text("familyWish", input.familyWish, MAX_NOTE);
  const agreements = problems.text("agreements", input.agreements, 4 * MAX_NOTE, "write down what was agreed");
  if (c?.status === CaseStatus.CLOSED) problems.add("caseId", "the case is closed");
  if (!c || problems.any) return failed(problems);
  const id = newId("conference");
  await ctx.graph.writeTx("record-conference", async (tx) => {
    await tx.run(RECORD, {
      id, caseId: c.id, date: neoDate(input.date), familyPresent: input.familyPresent, familyWish, agreements,
      regisseurId: input.regisseurId, participantIds: participants, userId: ctx.viewer.userId,
    });
    await tx.run(ASSIGN, { id: c.id, regisseurId: input.regisseurId, userId: ctx.viewer.userId, note: null, date: neoDate(input.date) });
    // the conference is an event of the regisseur's agency on the household: it now works with it
    await refreshReachIn(tx, [c.householdId]);
  });
  await redetect(ctx, c.householdId);
  const recorded = (await freshCase(ctx, c.id)) as CaseRecord;
  if ([CaseStatus.SIGNALLED, CaseStatus.CONFERENCE_PLANNED].includes(recorded.status as CaseStatus)) {
    return step(ctx, recorded, { to: CaseStatus.EXPLORING, kind: "STATUS", note: null }, problems);
  }
  return done(recorded);
}

/** The household's hits, judged again now that the table was held; a busy run only delays it to the next. */
async function redetect(ctx: Context, householdId: string): Promise<void> {
  try {
    await runDetection(ctx.graph, { today: ctx.today, trigger: "case", householdIds: [householdId], waitMs: 30_000 });
    await ctx.runs.poll();
  } catch (error) {
    logger.warn({ err: error instanceof Error ? error.name : "unknown" }, "detection after a case conference did not run; the next run catches up");
  }
}

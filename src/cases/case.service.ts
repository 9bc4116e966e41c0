import { Role } from "../access/viewer";
import type { Context } from "../context";
import { ForbiddenError } from "../errors";
import { cypher } from "../graph/cypher";
import { neoDate } from "../graph/convert";
import { fromStored } from "../hits/stored.service";
import { CaseStatus } from "../model/case.type";
import { ConsentBasis } from "../model/enums";
import { DismissReason, HitStatus } from "../model/hit-work.type";
import { caseStore, freshCase, newId } from "./case-store";
import { OPEN_HIT, refusedStep } from "./case-rules";
import { done, failed, Problems, type Outcome } from "./problems";
import type { CaseRecord } from "./records";

const OPEN = cypher("cases/queries/open-case.cypher");
const SET_STATUS = cypher("cases/queries/set-case-status.cypher");
const ASSIGN = cypher("cases/queries/assign-regisseur.cypher");
const NOTE = cypher("cases/queries/add-case-note.cypher");
const TRIAGE = cypher("hits/queries/triage-hit.cypher");
export const MAX_NOTE = 2000;

/** Cases are worked on by ADMIN, and by a COORDINATOR for the households it coordinates or the cases it leads. */
export async function mayWork(ctx: Context, householdId: string, c: CaseRecord | null = null): Promise<boolean> {
  if (ctx.viewer.role === Role.ADMIN) return true;
  if (ctx.viewer.role !== Role.COORDINATOR) return false;
  return c?.regisseurId === ctx.viewer.userId || (await ctx.access.coordinates(householdId));
}

function requireWorker(ctx: Context): void {
  if (![Role.ADMIN, Role.COORDINATOR].includes(ctx.viewer.role)) {
    throw new ForbiddenError(`Working on cases is for ADMIN or COORDINATOR; your role is ${ctx.viewer.role}.`);
  }
}

/** The case an input names, if this viewer may work on it (else a problem, or forbidden). */
export async function caseToWorkOn(ctx: Context, caseId: string, problems: Problems): Promise<CaseRecord | null> {
  requireWorker(ctx);
  const c = await caseStore(ctx).byId.load(caseId);
  const household = c ? await ctx.loaders.household.load(c.householdId) : null;
  if (!c || !household) {
    problems.add("caseId", "no case has this id");
    return null;
  }
  if (!(await mayWork(ctx, c.householdId, c))) throw new ForbiddenError("You can work on the cases of households you coordinate, and cases you lead, only.");
  ctx.access.touchedHouseholds.add(c.householdId);
  return c;
}

export interface OpenCaseInput {
  householdId: string; legalGround: ConsentBasis; consentId?: string | null | undefined; legalArticle?: string | null | undefined;
  note?: string | null | undefined; hitId?: string | null | undefined;
}

/** Opens a case on a household: one open case per household, under a legal ground that holds today. */
export async function openCase(ctx: Context, input: OpenCaseInput): Promise<Outcome<CaseRecord>> {
  requireWorker(ctx);
  const problems = new Problems();
  const internal = await ctx.access.lookupId("Household", input.householdId);
  const household = internal ? await ctx.loaders.household.load(internal) : null;
  if (!internal || !household) {
    ctx.access.lookedUpInVain("Household", internal ?? input.householdId);
    return failed(problems.add("householdId", "no household has this id"));
  }
  if (!(await mayWork(ctx, internal))) throw new ForbiddenError("You can open cases for households you coordinate (or were granted) only.");
  const note = problems.text("note", input.note, MAX_NOTE, input.legalGround === ConsentBasis.VITAL_INTEREST ? "say what vital interest is at stake" : null);
  const article = await checkGround(ctx, internal, input, problems);
  if (input.hitId) {
    const hit = await ctx.loaders.storedHit.load(input.hitId);
    const about = hit ? fromStored(hit) : null;
    const ofHousehold = about && (await ctx.loaders.storedHitsOfHousehold.load(internal)).some((h) => h.id === about.id);
    if (!ofHousehold) problems.add("hitId", "no pattern hit about this household has this id");
  }
  if (problems.any) return failed(problems);
  const regisseurId = ctx.viewer.role === Role.COORDINATOR && (await ctx.loaders.professional.load(ctx.viewer.userId)) ? ctx.viewer.userId : null;
  const id = newId("case");
  const rows = await ctx.graph.write(OPEN, {
    id, householdId: internal, legalGround: input.legalGround, consentId: input.consentId ?? null, legalArticle: article,
    note, hitId: input.hitId ?? null, userId: ctx.viewer.userId, regisseurId, today: neoDate(ctx.today),
  });
  if (!rows.length) return failed(problems.add("householdId", "this household has an open case already: work on that one"));
  return done((await freshCase(ctx, id)) as CaseRecord);
}

async function checkGround(ctx: Context, householdId: string, input: OpenCaseInput, problems: Problems): Promise<string | null> {
  if (input.legalGround === ConsentBasis.CONSENT) {
    if (!input.consentId) problems.add("consentId", "a case on CONSENT names the household's consent record");
    else {
      const consents = await ctx.loaders.consentsOfHousehold.load(householdId);
      const consent = consents.find((c) => c.id === input.consentId);
      if (!consent) problems.add("consentId", "this household has no consent record with this id");
      else if (consent.from > ctx.today || (consent.to !== null && consent.to <= ctx.today)) problems.add("consentId", "this consent does not run today");
    }
  } else if (input.consentId) problems.add("consentId", "only a case on CONSENT names a consent record");
  const article = problems.text("legalArticle", input.legalArticle, 200, input.legalGround === ConsentBasis.LEGAL_TASK ? "a statutory task names its article, e.g. \"Jeugdwet art. 2.1\"" : null);
  return article;
}

/** A status set by hand (EXPLORING, MONITORING, back to PLAN_AGREED), with a note. */
export async function setCaseStatus(ctx: Context, input: { caseId: string; status: CaseStatus; note?: string | null | undefined }): Promise<Outcome<CaseRecord>> {
  const problems = new Problems();
  const c = await caseToWorkOn(ctx, input.caseId, problems);
  const note = problems.text("note", input.note, MAX_NOTE);
  if (!c) return failed(problems);
  const refused = refusedStep(c.status, input.status);
  if (refused) problems.add("status", refused);
  if (input.status === CaseStatus.MONITORING && !c.plan) problems.add("status", "a case is monitored once it has a plan");
  if (problems.any) return failed(problems);
  return step(ctx, c, { to: input.status, kind: "STATUS", note }, problems);
}

interface Step { to: string; kind: string; note: string | null; plannedOn?: string | null; inviteeIds?: string[] }

/** Writes a status change if the case is still as read; a change made meanwhile is answered as a problem. */
export async function step(ctx: Context, c: CaseRecord, s: Step, problems: Problems): Promise<Outcome<CaseRecord>> {
  const rows = await ctx.graph.write(SET_STATUS, {
    id: c.id, from: c.status, to: s.to, kind: s.kind, note: s.note, userId: ctx.viewer.userId, today: neoDate(ctx.today),
    plannedOn: s.plannedOn ? neoDate(s.plannedOn) : null, inviteeIds: s.inviteeIds ?? [],
  });
  if (!rows.length) return failed(problems.add("caseId", "the case changed meanwhile: look at it again"));
  return done((await freshCase(ctx, c.id)) as CaseRecord);
}

/** Hands the case to a colleague: the household's one coordinator assignment from today. */
export async function assignCase(ctx: Context, input: { caseId: string; regisseurId: string; note?: string | null | undefined }): Promise<Outcome<CaseRecord>> {
  const problems = new Problems();
  const c = await caseToWorkOn(ctx, input.caseId, problems);
  const note = problems.text("note", input.note, MAX_NOTE);
  if (!(await ctx.loaders.professional.load(input.regisseurId))) problems.add("regisseurId", "no professional has this id");
  if (c?.status === CaseStatus.CLOSED) problems.add("caseId", "the case is closed");
  if (!c || problems.any) return failed(problems);
  await ctx.graph.write(ASSIGN, { id: c.id, regisseurId: input.regisseurId, userId: ctx.viewer.userId, note, date: neoDate(ctx.today) });
  return done((await freshCase(ctx, c.id)) as CaseRecord);
}

export async function addCaseNote(
  ctx: Context,
  input: { caseId: string; note: string; aboutFrom?: string | null | undefined; aboutTo?: string | null | undefined; aboutItemId?: string | null | undefined },
): Promise<Outcome<CaseRecord>> {
  const problems = new Problems();
  const c = await caseToWorkOn(ctx, input.caseId, problems);
  const note = problems.text("note", input.note, MAX_NOTE, "write the note");
  const from = input.aboutFrom ?? null;
  const to = input.aboutTo ?? null;
  if ((from === null) !== (to === null)) problems.add(from ? "aboutTo" : "aboutFrom", "a period has a start and an end");
  if (c?.status === CaseStatus.CLOSED) problems.add("caseId", "the case is closed");
  if (from && to && to < from) problems.add("aboutTo", "the period ends before it starts");
  const item = input.aboutItemId ?? null;
  if (c && item) {
    const [help, events] = await Promise.all([ctx.loaders.interventionIdsOfHousehold.load(c.householdId), ctx.loaders.eventIdsOfHousehold.load(c.householdId)]);
    if (![...help, ...events].includes(item)) problems.add("aboutItemId", "no help or event on this household's roll has this id");
  }
  if (!c || problems.any) return failed(problems);
  await ctx.graph.write(NOTE, {
    caseId: c.id, note, userId: ctx.viewer.userId, aboutFrom: from ? neoDate(from) : null, aboutTo: to ? neoDate(to) : null, aboutItemId: item,
  });
  return done((await freshCase(ctx, c.id)) as CaseRecord);
}

export interface HitOutcomeInput { id: string; status: HitStatus; reason?: DismissReason | null | undefined; note?: string | null | undefined }

/** Closes a case, saying what became of each of its open hits (resolved, or dismissed with a reason). */
export async function closeCase(ctx: Context, input: { caseId: string; note?: string | null | undefined; hits: HitOutcomeInput[] }): Promise<Outcome<CaseRecord>> {
  const problems = new Problems();
  const c = await caseToWorkOn(ctx, input.caseId, problems);
  const note = problems.text("note", input.note, MAX_NOTE);
  if (!c) return failed(problems);
  if (c.status === CaseStatus.CLOSED) return failed(problems.add("caseId", "the case is closed already"));
  const open = (await ctx.loaders.storedHitsOfHousehold.load(c.householdId)).map(fromStored).filter((h) => OPEN_HIT.includes(h.status ?? ""));
  const named = new Map(input.hits.map((h) => [h.id, h]));
  const notes = new Map<string, string | null>();
  input.hits.forEach((h, i) => {
    if (input.hits.findIndex((x) => x.id === h.id) !== i) problems.add(`hits.${i}.id`, "this hit is named twice");
    if (!open.some((o) => o.id === h.id)) problems.add(`hits.${i}.id`, "not an open pattern hit of this case");
    if (![HitStatus.RESOLVED, HitStatus.DISMISSED].includes(h.status)) problems.add(`hits.${i}.status`, "RESOLVED or DISMISSED");
    if (h.status === HitStatus.DISMISSED && !h.reason) problems.add(`hits.${i}.reason`, "say why the hit is dismissed");
    if (h.status !== HitStatus.DISMISSED && h.reason) problems.add(`hits.${i}.reason`, "only a dismissed hit has a reason");
    const note = problems.text(`hits.${i}.note`, h.note, MAX_NOTE, h.reason === DismissReason.OTHER ? "say what the other reason is" : null);
    notes.set(h.id, note);
  });
  const missing = open.filter((o) => !named.has(o.id as string)).length;
  if (missing) problems.add("hits", `say what became of every open pattern hit: ${missing} not named`);
  if (problems.any) return failed(problems);
  // every hit's judgement and the closing in one transaction: all of it, or (the case changed meanwhile) none
  const closed = await ctx.graph.writeTx("close-case", async (tx) => {
    for (const h of input.hits) {
      await tx.run(TRIAGE, { id: h.id, status: h.status, reason: h.reason ?? null, note: notes.get(h.id) ?? null, assigneeId: null, userId: ctx.viewer.userId });
    }
    const rows = await tx.run(SET_STATUS, {
      id: c.id, from: c.status, to: CaseStatus.CLOSED, kind: "CLOSED", note, userId: ctx.viewer.userId, today: neoDate(ctx.today), plannedOn: null, inviteeIds: [],
    });
    if (!rows.length) throw new ChangedMeanwhile();
    return true;
  }).catch((error: unknown) => (error instanceof ChangedMeanwhile ? false : Promise.reject(error)));
  if (!closed) return failed(problems.add("caseId", "the case changed meanwhile: look at it again"));
  for (const h of input.hits) ctx.loaders.storedHit.clear(h.id);
  ctx.loaders.storedHitsOfHousehold.clear(c.householdId);
  return done((await freshCase(ctx, c.id)) as CaseRecord);
}

/** Rolls a transaction back when the case is no longer as it was read. */
class ChangedMeanwhile extends Error {}

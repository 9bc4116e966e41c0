import { View } from "../access/policy";
import { Role } from "../access/viewer";
import { done, failed, Problems, type Outcome } from "../cases/problems";
import type { Context } from "../context";
import { ForbiddenError } from "../errors";
import { cypher } from "../graph/cypher";
import { DismissReason, HitStatus } from "../model/hit-work.type";
import { fromStored, type WorkHit } from "./stored.service";
import { tallied } from "./tallies";

const TRIAGE = cypher("hits/queries/triage-hit.cypher");
const MAX_NOTE = 2000;
const GONE = "this hit is gone (no run finds it any more); it can no longer be triaged";

export interface TriageInput {
  id: string;
  status: HitStatus;
  reason?: DismissReason | null | undefined;
  note?: string | null | undefined;
  assigneeId?: string | null | undefined;
}

/**
 * A person's judgement of a stored hit: ADMIN for any, a COORDINATOR for hits about households (or
 * persons) it sees in full. Kept as history (who, when, from, to, why) and in the audit trail.
 * Problems of the input are answered, in the order they are checked, and then nothing is written.
 */
export async function triageHit(ctx: Context, input: TriageInput): Promise<Outcome<WorkHit>> {
  if (![Role.ADMIN, Role.COORDINATOR].includes(ctx.viewer.role)) {
    throw new ForbiddenError(`Triage is for ADMIN or COORDINATOR; your role is ${ctx.viewer.role}.`);
  }
  const problems = new Problems();
  const row = await ctx.loaders.storedHit.load(input.id);
  if (!row) return failed(problems.add("id", "no stored pattern hit has this id"));
  const hit = fromStored(row);
  const judges = ctx.viewer.role === Role.ADMIN || (await ctx.access.coordinatesSubject(hit.subjectType, hit.subjectId));
  if ((await ctx.access.subjectView(hit.subjectType, hit.subjectId)) !== View.FULL || !judges) {
    throw new ForbiddenError("You can triage the hits of households you coordinate (or were granted) only.");
  }
  (hit.subjectType === "Household" ? ctx.access.touchedHouseholds : ctx.access.touchedPersons).add(hit.subjectId); // for the audit trail
  check(input, hit, problems);
  if (input.assigneeId && !(await ctx.loaders.professional.load(input.assigneeId))) problems.add("assigneeId", "no professional has this id");
  if (problems.any) return failed(problems);
  const note = input.note?.trim() ? input.note.trim() : null;
  const written = await ctx.graph.writeTx(TRIAGE.name, async (tx) => tallied(tx, await tx.run(TRIAGE, {
    id: hit.id, status: input.status, reason: input.reason ?? null, note, assigneeId: input.assigneeId ?? null, userId: ctx.viewer.userId,
  })));
  ctx.loaders.storedHit.clear(input.id);
  if (!written.length) return failed(problems.add("id", GONE)); // a run closed it between the check above and the write
  ctx.loaders.hitHistory.clear(input.id);
  return done(fromStored((await ctx.loaders.storedHit.load(input.id)) as Record<string, unknown>));
}

function check(input: TriageInput, hit: WorkHit, problems: Problems): void {
  if (hit.status === HitStatus.GONE) problems.add("id", GONE);
  if (input.status === HitStatus.GONE) problems.add("status", "GONE is set by detection runs only");
  if (input.status === HitStatus.DISMISSED && !input.reason) problems.add("reason", "say why a hit is dismissed");
  if (input.status !== HitStatus.DISMISSED && input.reason) problems.add("reason", "only a DISMISSED hit has a reason");
  if (input.status === HitStatus.IN_PROGRESS && !input.assigneeId && !hit.assigneeId) {
    problems.add("assigneeId", "a hit in progress needs the professional who works on it");
  }
  if (input.reason === DismissReason.OTHER && !input.note?.trim()) problems.add("note", "say what the other reason is");
  if (input.note && input.note.length > MAX_NOTE) problems.add("note", `at most ${MAX_NOTE} characters`);
}

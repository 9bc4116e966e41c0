import { View } from "../access/policy";
import { Role } from "../access/viewer";
import type { Context } from "../context";
import { BadInputError, ForbiddenError } from "../errors";
import { cypher } from "../graph/cypher";
import { DismissReason, HitStatus } from "../model/hit-work.type";
import { fromStored, type WorkHit } from "./stored.service";

const TRIAGE = cypher("hits/queries/triage-hit.cypher");
const MAX_NOTE = 2000;
const GONE = "id: this hit is gone (no run finds it any more); it can no longer be triaged";

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
 */
export async function triageHit(ctx: Context, input: TriageInput): Promise<WorkHit> {
  if (![Role.ADMIN, Role.COORDINATOR].includes(ctx.viewer.role)) {
    throw new ForbiddenError(`Triage is for ADMIN or COORDINATOR; your role is ${ctx.viewer.role}.`);
  }
  const row = await ctx.loaders.storedHit.load(input.id);
  if (!row) throw new BadInputError("id: no stored pattern hit has this id", "id");
  const hit = fromStored(row);
  const judges = ctx.viewer.role === Role.ADMIN || (await ctx.access.coordinatesSubject(hit.subjectType, hit.subjectId));
  if ((await ctx.access.subjectView(hit.subjectType, hit.subjectId)) !== View.FULL || !judges) {
    throw new ForbiddenError("You can triage the hits of households you coordinate (or were granted) only.");
  }
  (hit.subjectType === "Household" ? ctx.access.touchedHouseholds : ctx.access.touchedPersons).add(hit.subjectId); // for the audit trail
  check(input, hit);
  if (input.assigneeId && !(await ctx.loaders.professional.load(input.assigneeId))) {
    throw new BadInputError("assigneeId: no professional has this id", "assigneeId");
  }
  const note = input.note?.trim() ? input.note.trim() : null;
  const written = await ctx.graph.write(TRIAGE, {
    id: hit.id, status: input.status, reason: input.reason ?? null, note, assigneeId: input.assigneeId ?? null, userId: ctx.viewer.userId,
  });
  ctx.loaders.storedHit.clear(input.id);
  if (!written.length) throw new BadInputError(GONE, "id"); // a run closed it between the check above and the write
  ctx.loaders.hitHistory.clear(input.id);
  return fromStored((await ctx.loaders.storedHit.load(input.id)) as Record<string, unknown>);
}

function check(input: TriageInput, hit: WorkHit): void {
  if (hit.status === HitStatus.GONE) throw new BadInputError(GONE, "id");
  if (input.status === HitStatus.GONE) throw new BadInputError("status: GONE is set by detection runs only", "status");
  if (input.status === HitStatus.DISMISSED && !input.reason) throw new BadInputError("reason: say why a hit is dismissed", "reason");
  if (input.status !== HitStatus.DISMISSED && input.reason) throw new BadInputError("reason: only a DISMISSED hit has a reason", "reason");
  if (input.status === HitStatus.IN_PROGRESS && !input.assigneeId && !hit.assigneeId) {
    throw new BadInputError("assigneeId: a hit in progress needs the professional who works on it", "assigneeId");
  }
  if (input.reason === DismissReason.OTHER && !input.note?.trim()) throw new BadInputError("note: say what the other reason is", "note");
  if (input.note && input.note.length > MAX_NOTE) throw new BadInputError(`note: at most ${MAX_NOTE} characters`, "note");
}

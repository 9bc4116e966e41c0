import { requireRole } from "../access/guard";
import { Role } from "../access/viewer";
import { done, failed, Problems, type Outcome } from "../cases/problems";
import type { Context } from "../context";
import type { DetectionRunRecord } from "./records";
import { runDetection } from "./run.service";

/** Households one run asked for over the API may name: more is a full run's work (leave them out). */
export const MAX_RUN_HOUSEHOLDS = 500;

/**
 * ADMIN: a detection run now, over everyone or over the households named (their delivery ids, and
 * their members); it waits for a run under way. Unknown households are problems: then nothing runs.
 */
export async function startDetectionRun(ctx: Context, householdIds: string[] | null | undefined): Promise<Outcome<DetectionRunRecord>> {
  requireRole(ctx, [Role.ADMIN], "Starting a detection run");
  const problems = new Problems();
  const scope = householdIds ? await householdsNamed(ctx, householdIds, problems) : null;
  if (problems.any) return failed(problems);
  const run = await runDetection(ctx.graph, { today: ctx.today, trigger: "api", householdIds: scope });
  await ctx.runs.poll(); // subscribers hear of it at once
  return done(run);
}

async function householdsNamed(ctx: Context, given: string[], problems: Problems): Promise<string[]> {
  if (!given.length) problems.add("householdIds", "name at least one household, or leave householdIds out to detect over everyone");
  if (given.length > MAX_RUN_HOUSEHOLDS) {
    problems.add("householdIds", `at most ${MAX_RUN_HOUSEHOLDS} households a run (this has ${given.length}); leave householdIds out to detect over everyone`);
    return [];
  }
  const found = await Promise.all(given.map(async (id) => {
    const internal = await ctx.access.lookupId("Household", id);
    if (internal && (await ctx.loaders.household.load(internal))) return internal;
    ctx.access.lookedUpInVain("Household", internal ?? id);
    return null;
  }));
  found.forEach((id, i) => {
    if (id) ctx.access.touchedHouseholds.add(id); // the run reads them: for the audit trail
    else problems.add(`householdIds.${i}`, "no household has this id");
  });
  return [...new Set(found.filter((id): id is string => id !== null))];
}

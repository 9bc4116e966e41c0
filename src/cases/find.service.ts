import { View } from "../access/policy";
import { Role } from "../access/viewer";
import type { Context } from "../context";
import { BadInputError, ForbiddenError } from "../errors";
import { cypher } from "../graph/cypher";
import { loadAll } from "../read/loaders";
import type { HouseholdRecord } from "../read/records";

const FIND = cypher("cases/queries/find-households.cypher");
const NEIGHBOURHOODS = cypher("cases/queries/neighbourhoods.cypher");
const MAX_FOUND = 50;

/**
 * Households by a member's name or their neighbourhood, among those the caller sees in full: a name
 * is only searched where it may be read, so a search never confirms a name the caller may not see.
 */
export async function findHouseholds(ctx: Context, text: string, first: number | null | undefined): Promise<HouseholdRecord[]> {
  if (ctx.viewer.role === Role.ANALYST) throw new ForbiddenError("Analysts find households by pseudonym (household(id:)), not by name.");
  const wanted = text.trim().toLowerCase();
  if (wanted.length < 2) throw new BadInputError("text: at least 2 characters", "text");
  if (wanted.length > 100) throw new BadInputError("text: at most 100 characters", "text");
  if (first !== null && first !== undefined && (!Number.isInteger(first) || first < 1 || first > MAX_FOUND)) {
    throw new BadInputError(`first: must be from 1 to ${MAX_FOUND}, got ${first}`, "first");
  }
  const limit = first ?? 20;
  const scope = ctx.viewer.role === Role.COORDINATOR ? [...(await ctx.access.coordinatedHouseholds())] : null;
  const rows = await ctx.graph.read(FIND, { text: wanted, scope, limit: ctx.viewer.role === Role.AGENCY_WORKER ? limit * 10 : limit });
  // which are seen in full by the view alone, then only those returned are loaded: a household loaded is recorded as shown
  const ids = rows.map((r) => r.id as string);
  const views = await Promise.all(ids.map((id) => ctx.access.subjectView("Household", id)));
  return loadAll(ctx.loaders.household, ids.filter((_, i) => views[i] === View.FULL).slice(0, limit));
}

export async function neighbourhoods(ctx: Context): Promise<string[]> {
  if (ctx.viewer.anonymous) throw new ForbiddenError("Sign in first.");
  return (await ctx.graph.read(NEIGHBOURHOODS)).map((r) => r.name as string);
}

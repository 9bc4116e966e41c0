import type { Context } from "../context";
import type { HouseholdRecord, PersonRecord } from "./records";

/** What a request asks of a household it looks up: the fields below it, and every field at any depth (see selection.ts). */
export interface Asked { fields: Iterable<string>; deep: Iterable<string> }

/**
 * A household by the id the caller sees it by (household(id:), node(id:)): null when there is none
 * or the caller may not see it, and then the lookup is noted for the audit trail. It is read with
 * the lists the asked fields show, in one query.
 */
export async function householdById(ctx: Context, given: string, asked: Asked): Promise<HouseholdRecord | null> {
  const internal = await ctx.access.lookupId("Household", given);
  ctx.loaders.expect(asked.deep);
  if (internal) ctx.loaders.readAhead(internal, asked.fields);
  const found = internal ? await ctx.loaders.household.load(internal) : null;
  if (!found) ctx.access.lookedUpInVain("Household", internal ?? given);
  return found;
}

/** A person by the id the caller sees them by (person(id:), node(id:)): as householdById. */
export async function personById(ctx: Context, given: string): Promise<PersonRecord | null> {
  const internal = await ctx.access.lookupId("Person", given);
  const found = internal ? await ctx.loaders.person.load(internal) : null;
  if (!found) ctx.access.lookedUpInVain("Person", internal ?? given);
  return found;
}

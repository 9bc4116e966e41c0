import { z } from "zod";
import { done, failed, Problems, type Outcome } from "../cases/problems";
import type { Context } from "../context";
import { cypher } from "../graph/cypher";
import { requireRole } from "./guard";
import { Role } from "./viewer";

const GRANT = cypher("access/queries/grant-household.cypher");
const REVOKE = cypher("access/queries/revoke-household.cypher");
const revokedRow = z.object({ revoked: z.number(), known: z.boolean() });
const UNKNOWN = "no household has this id";

/** A coordinator (by the user id its tokens name) and a household (by its delivery id). */
export interface GrantInput { userId: string; householdId: string }

/** ADMIN: lets a coordinator see a household in full (a second grant changes nothing). The household's id once granted. */
export async function grantHousehold(ctx: Context, { userId, householdId }: GrantInput): Promise<Outcome<string>> {
  requireRole(ctx, [Role.ADMIN], "Granting access");
  const [row] = await ctx.graph.write(GRANT, { userId, householdId, grantedBy: ctx.viewer.userId, purpose: ctx.viewer.purpose });
  if (!row) return failed(new Problems().add("householdId", UNKNOWN));
  ctx.access.touchedHouseholds.add(householdId);
  return done(householdId);
}

/** ADMIN: withdraws a grant; true if there was one, false if the household is known but had none. */
export async function revokeHousehold(ctx: Context, { userId, householdId }: GrantInput): Promise<Outcome<boolean>> {
  requireRole(ctx, [Role.ADMIN], "Revoking access");
  const { revoked, known } = revokedRow.parse((await ctx.graph.write(REVOKE, { userId, householdId }))[0]);
  ctx.access.touchedHouseholds.add(householdId);
  // a grant on a household since removed is still withdrawn: only nothing to withdraw and no household is a mistake
  return revoked || known ? done(revoked > 0) : failed(new Problems().add("householdId", UNKNOWN));
}

import type { Context } from "../context";
import { ForbiddenError } from "../errors";
import type { Role } from "./viewer";

/** Refuses the operation unless the caller has one of the roles; says which roles may. */
export function requireRole(ctx: Context, roles: Role[], what: string): void {
  if (!roles.includes(ctx.viewer.role)) throw new ForbiddenError(`${what} is for ${roles.join(" or ")}; your role is ${ctx.viewer.role}.`);
}

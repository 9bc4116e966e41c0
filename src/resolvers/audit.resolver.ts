import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { auditEntryOf, type AuditEntry } from "../access/audit";
import { linkPending } from "../access/audit-linker";
import { requireRole } from "../access/guard";
import { Role } from "../access/viewer";
import type { Context } from "../context";
import { BadInputError } from "../errors";
import { cypher } from "../graph/cypher";
import { AuditEvent } from "../model/audit.type";
import { Connection } from "../model/connection";
import { pageSize, toPage } from "../read/paging";

const AuditEventConnection = Connection("AuditEvent", AuditEvent, "audit events", "newest first");

@ArgsType()
class AuditArgs {
  @Field(() => Int, { nullable: true, description: "Page size, 1 to 500 (default 50)." }) first?: number | null;
  @Field(() => String, { nullable: true, description: "The endCursor of the page before, for the page after it; leave out for the first page." }) after?: string | null;
  @Field(() => ID, { nullable: true, description: "Accesses that touched this person (its delivery id)." }) personId?: string | null;
  @Field(() => ID, { nullable: true, description: "Accesses that touched this household (its delivery id)." }) householdId?: string | null;
  @Field(() => String, { nullable: true, description: "Accesses by this user." }) userId?: string | null;
  @Field(() => String, { nullable: true, description: "From this moment on: an ISO 8601 date-time (a date alone means its midnight UTC)." }) from?: string | null;
  @Field(() => String, { nullable: true, description: "Before this moment: an ISO 8601 date-time." }) to?: string | null;
}

const isoTime = (v: string | null | undefined, name: string): string | null => {
  if (v === null || v === undefined) return null;
  const t = Date.parse(v);
  if (Number.isNaN(t)) throw new BadInputError(`${name}: not a date-time: ${JSON.stringify(v)}`, name);
  return new Date(t).toISOString();
};

const AUDIT_CURSOR = { list: "auditEvents", key: ["int"] } as const;

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: "ADMIN: who saw which person's data, when and why; newest first." })
  async auditEvents(@Args() a: AuditArgs, @Ctx() ctx: Context) {
    requireRole(ctx, [Role.ADMIN], "The audit trail");
    const limit = pageSize(a.first);
    const [afterSeq] = ctx.cursors.decode(a.after, AUDIT_CURSOR) ?? [null];
    const filter = { userId: a.userId ?? null, from: isoTime(a.from, "from"), to: isoTime(a.to, "to"), afterSeq, limit: limit + 1 };
    // a person or household given: start from its subject node (a subject access request stays fast on a long trail)
    const keys = [a.personId ? `Person:${a.personId}` : null, a.householdId ? `Household:${a.householdId}` : null].filter((k): k is string => k !== null);
    if (keys.length) await linkPending(ctx.graph); // entries are linked to their subjects a moment after they are written: all of them first
    const [row] = keys.length
      ? await ctx.graph.read(cypher("access/queries/audit-page-by-subject.cypher"), { ...filter, key: keys[0], alsoKey: keys[1] ?? null })
      : await ctx.graph.read(cypher("access/queries/audit-page.cypher"), filter);
    const rows = (row?.rows as Partial<AuditEntry>[]).map(auditEntryOf);
    return toPage(rows, limit, row?.total as number, (e) => [e.seq], ctx.cursors, AUDIT_CURSOR, Boolean(a.after));
  }

  @Mutation(() => ID, { description: "ADMIN: lets a coordinator (by user id) see a household in full. Returns the household id." })
  async grantHousehold(
    @Arg("userId", () => String, { description: "The coordinator's user id, as its tokens name it." }) userId: string,
    @Arg("householdId", () => ID, { description: "The household's delivery id." }) householdId: string,
    @Ctx() ctx: Context,
  ): Promise<string> {
    requireRole(ctx, [Role.ADMIN], "Granting access");
    const [row] = await ctx.graph.write(cypher("access/queries/grant-household.cypher"), {
      userId, householdId, grantedBy: ctx.viewer.userId, purpose: ctx.viewer.purpose,
    });
    if (!row) throw new BadInputError(`householdId: no household ${JSON.stringify(householdId)}`, "householdId");
    ctx.access.touchedHouseholds.add(householdId);
    return householdId;
  }

  @Mutation(() => Boolean, { description: "ADMIN: withdraws a grant; true if there was one." })
  async revokeHousehold(
    @Arg("userId", () => String, { description: "The user id the grant was for." }) userId: string,
    @Arg("householdId", () => ID, { description: "The household's delivery id." }) householdId: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    requireRole(ctx, [Role.ADMIN], "Revoking access");
    const [row] = await ctx.graph.write(cypher("access/queries/revoke-household.cypher"), { userId, householdId });
    ctx.access.touchedHouseholds.add(householdId);
    return (row?.revoked as number) > 0;
  }
}

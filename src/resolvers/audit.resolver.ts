import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, Query, Resolver } from "type-graphql";
import { auditEntryOf, type AuditEntry } from "../access/audit";
import { linkPending } from "../access/audit-linker";
import { grantHousehold, revokeHousehold } from "../access/grant.service";
import { requireRole } from "../access/guard";
import { Role } from "../access/viewer";
import type { Context } from "../context";
import { BadInputError } from "../errors";
import { cypher } from "../graph/cypher";
import { AuditEvent } from "../model/audit.type";
import { Connection, PageArguments } from "../model/connection";
import { GrantHouseholdAccessInput, GrantHouseholdAccessPayload, RevokeHouseholdAccessInput, RevokeHouseholdAccessPayload } from "../model/grant.type";
import { pageAsked, toPage } from "../read/paging";

const AuditEventConnection = Connection("AuditEvent", AuditEvent, "audit events", "newest first");

@ArgsType()
class AuditArgs extends PageArguments {
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
const PAGE = cypher("access/queries/audit-page.cypher");
const PAGE_BEFORE = cypher("access/queries/audit-page-before.cypher");
const USER_PAGE = cypher("access/queries/audit-page-by-user.cypher");
const USER_PAGE_BEFORE = cypher("access/queries/audit-page-by-user-before.cypher");
const SUBJECT_PAGE = cypher("access/queries/audit-page-by-subject.cypher");
const SUBJECT_PAGE_BEFORE = cypher("access/queries/audit-page-by-subject-before.cypher");
const SUBJECT_COUNT = cypher("access/queries/audit-count-by-subject.cypher");
const COUNT_ALL = cypher("access/queries/audit-count-all.cypher");
const COUNT_BY_USER = cypher("access/queries/audit-count-by-user.cypher");
const COUNT_IN_PERIOD = cypher("access/queries/audit-count-in-period.cypher");

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: "ADMIN: who saw which person's data, when and why; newest first." })
  async auditEvents(@Args() a: AuditArgs, @Ctx() ctx: Context) {
    requireRole(ctx, [Role.ADMIN], "The audit trail");
    const asked = pageAsked(a, ctx.cursors, AUDIT_CURSOR);
    const filter = {
      userId: a.userId ?? null, from: isoTime(a.from, "from"), to: isoTime(a.to, "to"),
      cursorSeq: asked.cursor?.[0] ?? null, backward: asked.backward, limit: asked.limit + 1,
    };
    // a person or household given: start from its subject node (a subject access request stays fast on a long trail)
    const keys = [a.personId ? `Person:${a.personId}` : null, a.householdId ? `Household:${a.householdId}` : null].filter((k): k is string => k !== null);
    if (keys.length) await linkPending(ctx.graph); // entries are linked to their subjects a moment after they are written: all of them first
    if (keys.length) {
      const bySubject = { ...filter, key: keys[0], alsoKey: keys[1] ?? null };
      const [row] = asked.backward
        ? await ctx.graph.read(SUBJECT_PAGE_BEFORE, { ...bySubject, cursorSeq: filter.cursorSeq ?? -1 })
        : await ctx.graph.read(SUBJECT_PAGE, { ...bySubject, cursorSeq: filter.cursorSeq ?? Number.MAX_SAFE_INTEGER });
      const count = async () => (await ctx.graph.read(SUBJECT_COUNT, bySubject))[0]?.total as number;
      return toPage((row?.rows as Partial<AuditEntry>[]).map(auditEntryOf), asked, count, (e) => [e.seq], ctx.cursors, AUDIT_CURSOR);
    }
    // the whole trail: a page walks the seq index from the cursor, and the count comes from what is cheap for the filters
    const page = await ctx.graph.read(filter.userId ? (asked.backward ? USER_PAGE_BEFORE : USER_PAGE) : asked.backward ? PAGE_BEFORE : PAGE,
      { ...filter, cursorSeq: filter.cursorSeq ?? (asked.backward ? -1 : Number.MAX_SAFE_INTEGER) });
    const count = async () => (await ctx.graph.read(filter.userId ? COUNT_BY_USER : filter.from || filter.to ? COUNT_IN_PERIOD : COUNT_ALL, filter))[0]?.total as number;
    const rows = (page[0]?.rows as Partial<AuditEntry>[]).map(auditEntryOf);
    return toPage(rows, asked, count, (e) => [e.seq], ctx.cursors, AUDIT_CURSOR);
  }

  @Mutation(() => ID, { description: "ADMIN: lets a coordinator (by user id) see a household in full. Returns the household id." })
  async grantHousehold(
    @Arg("userId", () => String, { description: "The coordinator's user id, as its tokens name it." }) userId: string,
    @Arg("householdId", () => ID, { description: "The household's delivery id." }) householdId: string,
    @Ctx() ctx: Context,
  ): Promise<string> {
    const granted = await grantHousehold(ctx, { userId, householdId });
    if (granted.value === null) throw new BadInputError(`householdId: no household ${JSON.stringify(householdId)}`, "householdId");
    return granted.value;
  }

  @Mutation(() => GrantHouseholdAccessPayload, { description: "ADMIN: lets a coordinator (by user id) see a household in full; grantHousehold with an input and userErrors." })
  async grantHouseholdAccess(@Arg("input", () => GrantHouseholdAccessInput, { description: "The coordinator and the household." }) input: GrantHouseholdAccessInput, @Ctx() ctx: Context) {
    const granted = await grantHousehold(ctx, input);
    return { householdId: granted.value, userErrors: granted.userErrors };
  }

  @Mutation(() => Boolean, { description: "ADMIN: withdraws a grant; true if there was one." })
  async revokeHousehold(
    @Arg("userId", () => String, { description: "The user id the grant was for." }) userId: string,
    @Arg("householdId", () => ID, { description: "The household's delivery id." }) householdId: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return (await revokeHousehold(ctx, { userId, householdId })).value ?? false; // an unknown household had no grant
  }

  @Mutation(() => RevokeHouseholdAccessPayload, { description: "ADMIN: withdraws a coordinator's grant on a household; revokeHousehold with an input and userErrors." })
  async revokeHouseholdAccess(@Arg("input", () => RevokeHouseholdAccessInput, { description: "The coordinator and the household." }) input: RevokeHouseholdAccessInput, @Ctx() ctx: Context) {
    const revoked = await revokeHousehold(ctx, input);
    return { householdId: revoked.value === null ? null : input.householdId, revoked: revoked.value, userErrors: revoked.userErrors };
  }
}

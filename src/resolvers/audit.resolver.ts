import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, Query, Resolver } from "type-graphql";
import { auditPage } from "../access/audit-page.service";
import { grantHousehold, revokeHousehold } from "../access/grant.service";
import { requireRole } from "../access/guard";
import { Role } from "../access/viewer";
import type { Context } from "../context";
import { BadInputError } from "../errors";
import { AuditEvent } from "../model/audit.type";
import { Connection, PageArguments } from "../model/connection";
import { GrantHouseholdAccessInput, GrantHouseholdAccessPayload, RevokeHouseholdAccessInput, RevokeHouseholdAccessPayload } from "../model/grant.type";

const AuditEventConnection = Connection("AuditEvent", AuditEvent, "audit events", "newest first");

@ArgsType()
class AuditArgs extends PageArguments {
  @Field(() => ID, { nullable: true, description: "Accesses that touched this person (its delivery id)." }) personId?: string | null;
  @Field(() => ID, { nullable: true, description: "Accesses that touched this household (its delivery id)." }) householdId?: string | null;
  @Field(() => String, { nullable: true, description: "Accesses by this user." }) userId?: string | null;
  @Field(() => String, { nullable: true, description: "From this moment on: an ISO 8601 date-time (a date alone means its midnight UTC)." }) from?: string | null;
  @Field(() => String, { nullable: true, description: "Before this moment: an ISO 8601 date-time." }) to?: string | null;
}

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: "ADMIN: who saw which person's data, when and why; newest first." })
  async auditEvents(@Args() a: AuditArgs, @Ctx() ctx: Context) {
    requireRole(ctx, [Role.ADMIN], "The audit trail");
    return auditPage(ctx, a, a);
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

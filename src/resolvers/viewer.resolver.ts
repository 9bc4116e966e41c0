import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { Agency } from "../model/agency.type";
import { SignedIn } from "../model/viewer.type";

@Resolver(() => SignedIn)
export class ViewerResolver {
  @Query(() => SignedIn, { description: "The signed-in user: id, role, agency and purpose (no personal data of anyone else)." })
  viewer(@Ctx() ctx: Context): SignedIn {
    const { userId, name, role, purpose, agencyId } = ctx.viewer;
    return { id: `SignedIn:${role}:${userId}`, userId, name, role, purpose, agencyId };
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The user's agency as the token names it (always for an AGENCY_WORKER); null when it names none." })
  agency(@Root() v: SignedIn, @Ctx() ctx: Context) {
    return v.agencyId ? ctx.loaders.agency.load(v.agencyId) : null;
  }
}

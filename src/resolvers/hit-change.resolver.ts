import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { HitChange } from "../model/hit-work.type";
import { Professional } from "../model/professional.type";

@Resolver(() => HitChange)
export class HitChangeResolver {
  @FieldResolver(() => Professional, { nullable: true, description: "The professional who made the change, when the user is one: a name to show instead of a user id." })
  byProfessional(@Root() c: HitChange, @Ctx() ctx: Context) {
    return c.by && c.by !== "detection" ? ctx.access.professionalSeenFrom(undefined, c.by) : null;
  }
}

import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { loadAll } from "../read/loaders";
import type { PersonRecord } from "../read/records";
import { Event } from "../model/event.type";
import { Intervention } from "../model/intervention.type";
import { Membership } from "../model/membership.type";
import { Person } from "../model/person.type";

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true })
  async person(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<PersonRecord | null> {
    const internal = await ctx.access.lookupId("Person", id);
    const found = internal ? await ctx.loaders.person.load(internal) : null;
    if (!found) ctx.access.lookedUpInVain("Person", internal ?? id);
    return found;
  }

  @FieldResolver(() => ID, { description: "The delivery's id; a stable pseudonym for roles that see pseudonyms." })
  id(@Root() p: PersonRecord, @Ctx() ctx: Context): string {
    return ctx.access.publicId("Person", p);
  }

  @FieldResolver(() => [Membership], { description: "The households this person belonged to, and when." })
  memberships(@Root() p: PersonRecord, @Ctx() ctx: Context) {
    return ctx.loaders.membershipsOfPerson.load(p.id);
  }

  @FieldResolver(() => [Intervention])
  async interventions(@Root() p: PersonRecord, @Ctx() ctx: Context) {
    return loadAll(ctx.loaders.intervention, await ctx.loaders.interventionIdsOfPerson.load(p.id));
  }

  @FieldResolver(() => [Event])
  async events(@Root() p: PersonRecord, @Ctx() ctx: Context) {
    return loadAll(ctx.loaders.event, await ctx.loaders.eventIdsOfPerson.load(p.id));
  }
}

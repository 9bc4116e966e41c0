import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { loadAll } from "../read/loaders";
import { personById } from "../read/lookup.service";
import type { PersonRecord } from "../read/records";
import { Event } from "../model/event.type";
import { Intervention } from "../model/intervention.type";
import { Membership } from "../model/membership.type";
import { Person } from "../model/person.type";

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, {
    nullable: true,
    description: "A person by the id the caller sees them by; null when there is none or the caller may not see them.",
  })
  async person(
    @Arg("id", () => ID, { description: "The delivery's id, or the pseudonym where the caller sees the person in analyst form (ANALYST; a COORDINATOR outside the person's households)." }) id: string,
    @Ctx() ctx: Context,
  ): Promise<PersonRecord | null> {
    return personById(ctx, id);
  }

  // described on the class's @Field: type-graphql keeps that description over a field resolver's
  @FieldResolver(() => ID)
  id(@Root() p: PersonRecord, @Ctx() ctx: Context): string {
    return ctx.access.publicId("Person", p);
  }

  @FieldResolver(() => [Membership], { description: "The households this person belonged to, and when." })
  memberships(@Root() p: PersonRecord, @Ctx() ctx: Context) {
    return ctx.loaders.membershipsOfPerson.load(p.id);
  }

  @FieldResolver(() => [Intervention], { description: "Help given to this person (not help on a whole household), as the caller may see it." })
  async interventions(@Root() p: PersonRecord, @Ctx() ctx: Context) {
    return loadAll(ctx.loaders.intervention, await ctx.loaders.interventionIdsOfPerson.load(p.id));
  }

  @FieldResolver(() => [Event], { description: "Events about this person, as the caller may see them." })
  async events(@Root() p: PersonRecord, @Ctx() ctx: Context) {
    return loadAll(ctx.loaders.event, await ctx.loaders.eventIdsOfPerson.load(p.id));
  }
}

import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { listEvents } from "../read/list.service";
import { loadAll } from "../read/loaders";
import type { EventRecord } from "../read/records";
import { Agency } from "../model/agency.type";
import { Connection } from "../model/connection";
import { Domain, EventType } from "../model/enums";
import { Event } from "../model/event.type";
import { Household } from "../model/household.type";
import { Person } from "../model/person.type";
import { DateScalar } from "../model/scalars";

const EventConnection = Connection("Event", Event, "events", "by date, oldest first");

@ArgsType()
class EventsArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => EventType, { nullable: true })
  type?: string | null;

  @Field(() => Domain, { nullable: true })
  domain?: string | null;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true })
  to?: string | null;
}

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, { description: "Events by date, filtered by type, domain, agency and period." })
  events(@Args() args: EventsArgs, @Ctx() ctx: Context) {
    return listEvents(ctx, args, args);
  }

  @FieldResolver(() => ID)
  id(@Root() e: EventRecord, @Ctx() ctx: Context): string {
    return ctx.access.publicId("Event", e);
  }

  @FieldResolver(() => Agency, { description: "The agency that recorded it." })
  agency(@Root() e: EventRecord, @Ctx() ctx: Context) {
    return ctx.loaders.agency.load(e.agencyId);
  }

  @FieldResolver(() => Person, { nullable: true })
  person(@Root() e: EventRecord, @Ctx() ctx: Context) {
    return e.personId ? ctx.loaders.person.load(e.personId) : null;
  }

  @FieldResolver(() => Household, { nullable: true })
  household(@Root() e: EventRecord, @Ctx() ctx: Context) {
    return e.householdId ? ctx.loaders.household.load(e.householdId) : null;
  }

  @FieldResolver(() => Agency, { nullable: true, description: "For a referral: the agency referred to." })
  targetAgency(@Root() e: EventRecord, @Ctx() ctx: Context) {
    return e.targetAgencyId ? ctx.loaders.agency.load(e.targetAgencyId) : null;
  }

  @FieldResolver(() => [Agency], { description: "For a case conference: the agencies that took part." })
  participants(@Root() e: EventRecord, @Ctx() ctx: Context) {
    return loadAll(ctx.loaders.agency, e.participantAgencyIds);
  }

  @FieldResolver(() => Event, { nullable: true, description: "For a concession: the escalation it gave in to." })
  relatedEvent(@Root() e: EventRecord, @Ctx() ctx: Context) {
    return e.relatedEventId ? ctx.loaders.event.load(e.relatedEventId) : null;
  }
}

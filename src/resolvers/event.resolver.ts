import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { listEvents } from "../read/list.service";
import { loadAll } from "../read/loaders";
import type { EventRecord } from "../read/records";
import { Agency } from "../model/agency.type";
import { Connection, PageArguments } from "../model/connection";
import { Domain, EventType } from "../model/enums";
import { Event } from "../model/event.type";
import { Household } from "../model/household.type";
import { Person } from "../model/person.type";
import { DateScalar } from "../model/scalars";

const EventConnection = Connection("Event", Event, "events", "by date, oldest first");

@ArgsType()
class EventsArgs extends PageArguments {

  @Field(() => EventType, { nullable: true, description: "Only events of this type." })
  type?: string | null;

  @Field(() => Domain, { nullable: true, description: "Only events in this domain." })
  domain?: string | null;

  @Field(() => ID, { nullable: true, description: "Only events recorded by this agency. An AGENCY_WORKER always gets its own agency's only." })
  agencyId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Only events on or after this day." })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Only events on or before this day." })
  to?: string | null;
}

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, { description: "Events by date, oldest first, filtered by type, domain, agency and period. Every signed-in role, each event as it may see it; an AGENCY_WORKER gets its own agency's only." })
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

  @FieldResolver(() => Person, { nullable: true, description: "The person it is about, when it is about one person (and the caller may see them)." })
  person(@Root() e: EventRecord, @Ctx() ctx: Context) {
    return e.personId ? ctx.loaders.person.load(e.personId) : null;
  }

  @FieldResolver(() => Household, { nullable: true, description: "The household it is about, when it is about the household as a whole (and the caller may see it)." })
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

import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { askedFields, askedFieldsDeep } from "../server/selection";
import { loadAll } from "../read/loaders";
import { listHouseholds } from "../read/list.service";
import { householdById } from "../read/lookup.service";
import type { HouseholdRecord } from "../read/records";
import { householdTimeline } from "../timeline/timeline.service";
import { TimelineEntry } from "../timeline/timeline.type";
import { Connection, PageArguments } from "../model/connection";
import { Consent } from "../model/consent.type";
import { CoordinatorAssignment } from "../model/coordinator.type";
import { Domain } from "../model/enums";
import { Event } from "../model/event.type";
import { Household } from "../model/household.type";
import { Intervention } from "../model/intervention.type";
import { Membership } from "../model/membership.type";
import { Outcome } from "../model/outcome.type";
import { Person } from "../model/person.type";
import { DateScalar } from "../model/scalars";

const HouseholdConnection = Connection("Household", Household, "households", "by id (by pseudonym for ANALYST and COORDINATOR, so a place in the list says nothing of a real id)");

@ArgsType()
class HouseholdsArgs extends PageArguments {

  @Field(() => String, { nullable: true, description: "Only households in this neighbourhood, spelled exactly as neighbourhoods lists it." })
  neighbourhood?: string | null;

  @Field(() => Domain, { nullable: true, description: "Only households that got help in this domain." })
  domain?: string | null;

  @Field(() => ID, { nullable: true, description: "Only households that got help from this agency." })
  agencyId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Only help running on or after this date." })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Only help that started on or before this date." })
  to?: string | null;
}

@Resolver(() => Household)
export class HouseholdResolver {
  @Query(() => Household, {
    nullable: true,
    description: "A household by the id the caller sees it by; null when there is none or the caller may not see it (an AGENCY_WORKER: one its agency does not work with).",
  })
  async household(
    @Arg("id", () => ID, { description: "The delivery's id, or the pseudonym where the caller sees the household in analyst form (ANALYST; a COORDINATOR outside its households)." }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<HouseholdRecord | null> {
    return householdById(ctx, id, { fields: askedFields(info), deep: askedFieldsDeep(info) });
  }

  @FieldResolver(() => Boolean, {
    description: "True for a household behangrol made for one client that iJw/iWmo messages name and no delivery (the BRP) placed in a " +
      "household: the client may well live with others it does not know of (docs/messages.md).",
  })
  madeFromMessages(@Root() h: HouseholdRecord): boolean {
    return h.madeFromMessages === true;
  }

  // described on the class's @Field: type-graphql keeps that description over a field resolver's
  @FieldResolver(() => ID)
  id(@Root() h: HouseholdRecord, @Ctx() ctx: Context): string {
    return ctx.access.publicId("Household", h);
  }

  @Query(() => HouseholdConnection, { description: "Households by id, filtered by neighbourhood and by the help they got. Every signed-in role, each household as it may see it; an AGENCY_WORKER gets those its agency works with only." })
  households(@Args() args: HouseholdsArgs, @Ctx() ctx: Context) {
    return listHouseholds(ctx, args, args);
  }

  @FieldResolver(() => [Membership], { description: "Every membership over time, the ones that ended included." })
  memberships(@Root() h: HouseholdRecord, @Ctx() ctx: Context) {
    return ctx.loaders.membershipsOfHousehold.load(h.id);
  }

  @FieldResolver(() => [Person], { description: "Who belonged to the household on a date (default: today)." })
  async members(@Root() h: HouseholdRecord, @Ctx() ctx: Context, @Arg("on", () => DateScalar, { nullable: true, description: "The day (default today)." }) on?: string | null) {
    const day = on ?? ctx.today;
    const current = (await ctx.loaders.membershipsOfHousehold.load(h.id)).filter((m) => m.from <= day && (!m.to || day < m.to));
    const joined = new Map(current.map((m) => [m.personId, m.from]));
    return ctx.access.ordered("Person", await loadAll(ctx.loaders.person, [...joined.keys()]), (p) => joined.get(p.id) ?? "");
  }

  @FieldResolver(() => [Intervention], { description: "Help on the household, and on its members while they belonged to it." })
  async interventions(@Root() h: HouseholdRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    ctx.loaders.expect(askedFieldsDeep(info));
    return loadAll(ctx.loaders.intervention, await ctx.loaders.interventionIdsOfHousehold.load(h.id));
  }

  @FieldResolver(() => [Event], { description: "Events on the household, and on its members on days they belonged to it." })
  async events(@Root() h: HouseholdRecord, @Ctx() ctx: Context) {
    return loadAll(ctx.loaders.event, await ctx.loaders.eventIdsOfHousehold.load(h.id));
  }

  @FieldResolver(() => [Outcome], { description: "What the household's interventions achieved, oldest first, with ZRM scores." })
  async outcomes(@Root() h: HouseholdRecord, @Ctx() ctx: Context) {
    ctx.loaders.expect(["outcomes"]);
    const interventionIds = await ctx.loaders.interventionIdsOfHousehold.load(h.id);
    const visible = await loadAll(ctx.loaders.intervention, interventionIds); // outcomes follow their intervention's view
    const lists = await ctx.loaders.outcomesOfIntervention.loadMany(visible.map((i) => i.id));
    return lists.flatMap((l) => (l instanceof Error ? [] : l)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  }

  @FieldResolver(() => [CoordinatorAssignment], { description: "Every coordinator (regisseur) assignment over time, the ones that ended included." })
  coordinators(@Root() h: HouseholdRecord, @Ctx() ctx: Context) {
    return ctx.loaders.coordinatorsOfHousehold.load(h.id);
  }

  @FieldResolver(() => [Consent], { description: "Every recorded basis for sharing its data between agencies, over time." })
  consents(@Root() h: HouseholdRecord, @Ctx() ctx: Context) {
    return ctx.loaders.consentsOfHousehold.load(h.id);
  }

  @FieldResolver(() => [TimelineEntry], { description: "The wallpaper roll: everything around the household, oldest first." })
  timeline(
    @Root() h: HouseholdRecord,
    @Ctx() ctx: Context,
    @Arg("from", () => DateScalar, { nullable: true, description: "Only entries on or after this day." }) from?: string | null,
    @Arg("to", () => DateScalar, { nullable: true, description: "Only entries on or before this day." }) to?: string | null,
  ) {
    return householdTimeline(ctx, h.id, from, to);
  }
}

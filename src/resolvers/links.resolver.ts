import { Ctx, FieldResolver, ID, Resolver, Root } from "type-graphql";
import type { View, Viewed } from "../access/policy";
import type { Context } from "../context";
import { loadAll } from "../read/loaders";
import type { ConsentRecord, CoordinatorRecord, MembershipRecord } from "../read/records";
import type { TimelineEntry as Entry } from "../timeline/timeline.type";
import { TimelineEntry } from "../timeline/timeline.type";
import { Agency } from "../model/agency.type";
import { Consent } from "../model/consent.type";
import { CoordinatorAssignment } from "../model/coordinator.type";
import { Event } from "../model/event.type";
import { Household } from "../model/household.type";
import { Intervention } from "../model/intervention.type";
import { Membership } from "../model/membership.type";
import { Outcome } from "../model/outcome.type";
import { Person } from "../model/person.type";
import { Professional } from "../model/professional.type";

/** Links from the small connecting types to the records they point at, all through the loaders. */
@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Person, { description: "The member." })
  person(@Root() m: MembershipRecord, @Ctx() ctx: Context) {
    return ctx.loaders.person.load(m.personId);
  }

  @FieldResolver(() => Household, { description: "The household." })
  household(@Root() m: MembershipRecord, @Ctx() ctx: Context) {
    return ctx.loaders.household.load(m.householdId);
  }
}

@Resolver(() => CoordinatorAssignment)
export class CoordinatorResolver {
  @FieldResolver(() => Professional, { description: "The coordinator: a professional." })
  professional(@Root() c: Viewed<CoordinatorRecord>, @Ctx() ctx: Context) {
    return ctx.access.professionalSeenFrom(c.__view, c.professionalId);
  }

  @FieldResolver(() => Household, { description: "The household coordinated." })
  household(@Root() c: CoordinatorRecord, @Ctx() ctx: Context) {
    return ctx.loaders.household.load(c.householdId);
  }
}

@Resolver(() => Consent)
export class ConsentResolver {
  @FieldResolver(() => ID)
  id(@Root() c: ConsentRecord, @Ctx() ctx: Context): string {
    return ctx.access.publicId("Consent", c);
  }

  @FieldResolver(() => [Agency], { description: "The agencies that may share under this basis." })
  agencies(@Root() c: ConsentRecord, @Ctx() ctx: Context) {
    return loadAll(ctx.loaders.agency, c.agencyIds);
  }
}

@Resolver(() => TimelineEntry)
export class TimelineEntryResolver {
  @FieldResolver(() => ID, { description: "The entry, for a client's cache: its kind, the record it is about (under the id this caller sees it by) and its date." })
  id(@Root() e: Entry & { __view?: View }, @Ctx() ctx: Context): string {
    const [kind, id] = e.interventionId && !e.outcomeId ? ["Intervention", e.interventionId] as const
      : e.eventId ? ["Event", e.eventId] as const
      : e.outcomeId ? ["Outcome", e.outcomeId] as const
      : e.professionalId ? ["Professional", e.professionalId] as const
      : ["Person", e.personId ?? ""] as const;
    return `${e.kind}:${id ? ctx.access.publicId(kind, { id, ...(e.__view ? { __view: e.__view } : {}) }) : "-"}:${e.date}`;
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The agency involved." })
  agency(@Root() e: Entry, @Ctx() ctx: Context) {
    return e.agencyId ? ctx.loaders.agency.load(e.agencyId) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: "The person it concerns, when it concerns one person." })
  person(@Root() e: Entry, @Ctx() ctx: Context) {
    return e.personId ? ctx.loaders.person.load(e.personId) : null;
  }

  @FieldResolver(() => Professional, { nullable: true, description: "The professional: of the help, or the coordinator; null when none." })
  professional(@Root() e: Entry & { __view?: View }, @Ctx() ctx: Context) {
    return ctx.access.professionalSeenFrom(e.__view, e.professionalId);
  }

  @FieldResolver(() => Intervention, { nullable: true, description: "The help, for INTERVENTION_STARTED, INTERVENTION_ENDED and OUTCOME; else null." })
  intervention(@Root() e: Entry, @Ctx() ctx: Context) {
    return e.interventionId ? ctx.loaders.intervention.load(e.interventionId) : null;
  }

  @FieldResolver(() => Event, { nullable: true, description: "The event, for EVENT; else null." })
  event(@Root() e: Entry, @Ctx() ctx: Context) {
    return e.eventId ? ctx.loaders.event.load(e.eventId) : null;
  }

  @FieldResolver(() => Outcome, { nullable: true, description: "The outcome, for OUTCOME; else null." })
  async outcome(@Root() e: Entry, @Ctx() ctx: Context) {
    if (!e.outcomeId || !e.interventionId) return null;
    return (await ctx.loaders.outcomesOfIntervention.load(e.interventionId)).find((o) => o.id === e.outcomeId) ?? null;
  }
}

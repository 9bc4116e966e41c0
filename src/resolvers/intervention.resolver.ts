import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { View, type Viewed } from "../access/policy";
import type { Context } from "../context";
import { listInterventions } from "../read/list.service";
import type { InterventionRecord, OutcomeRecord } from "../read/records";
import { Agency } from "../model/agency.type";
import { Connection, PageArguments } from "../model/connection";
import { Domain } from "../model/enums";
import { Household } from "../model/household.type";
import { Intervention } from "../model/intervention.type";
import { Outcome, ZrmScore } from "../model/outcome.type";
import { Person } from "../model/person.type";
import { Professional } from "../model/professional.type";
import { DateScalar } from "../model/scalars";

const InterventionConnection = Connection("Intervention", Intervention, "interventions", "by start date, oldest first");

@ArgsType()
class InterventionsArgs extends PageArguments {

  @Field(() => Domain, { nullable: true, description: "Only help in this domain." })
  domain?: string | null;

  @Field(() => ID, { nullable: true, description: "Only help by this agency. An AGENCY_WORKER always gets its own agency's only." })
  agencyId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Only interventions still running on or after this date." })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Only interventions that started on or before this date." })
  to?: string | null;
}

@Resolver(() => Intervention)
export class InterventionResolver {
  @Query(() => InterventionConnection, { description: "Interventions by start date, oldest first, filtered by domain, agency and period. Every signed-in role, each as it may see it; an AGENCY_WORKER gets its own agency's only." })
  interventions(@Args() args: InterventionsArgs, @Ctx() ctx: Context) {
    return listInterventions(ctx, args, args);
  }

  @FieldResolver(() => ID)
  id(@Root() i: InterventionRecord, @Ctx() ctx: Context): string {
    return ctx.access.publicId("Intervention", i);
  }

  @FieldResolver(() => Agency, { description: "The agency giving the help." })
  agency(@Root() i: InterventionRecord, @Ctx() ctx: Context) {
    return ctx.loaders.agency.load(i.agencyId);
  }

  @FieldResolver(() => Professional, { nullable: true, description: "The professional giving the help (shown on another agency's help too: whom to call); null when none was delivered." })
  professional(@Root() i: Viewed<InterventionRecord>, @Ctx() ctx: Context) {
    return ctx.access.professionalSeenFrom(i.__view, i.professionalId);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The person helped, when the help was for one person (and the caller may see them)." })
  person(@Root() i: InterventionRecord, @Ctx() ctx: Context) {
    return i.personId ? ctx.loaders.person.load(i.personId) : null;
  }

  @FieldResolver(() => Household, { nullable: true, description: "The household helped, when the help was for the household as a whole (and the caller may see it)." })
  household(@Root() i: InterventionRecord, @Ctx() ctx: Context) {
    return i.householdId ? ctx.loaders.household.load(i.householdId) : null;
  }

  @FieldResolver(() => Boolean, { description: "True for another agency's help: only that it runs, its domain, start and contact are shown." })
  detailsHidden(@Root() i: Viewed<InterventionRecord>): boolean {
    return i.__view === View.INVOLVED;
  }

  @FieldResolver(() => [Outcome], { description: "What it achieved, with ZRM scores; empty on another agency's help (detailsHidden)." })
  outcomes(@Root() i: InterventionRecord, @Ctx() ctx: Context) {
    return ctx.loaders.outcomesOfIntervention.load(i.id);
  }
}

@Resolver(() => Outcome)
export class OutcomeResolver {
  @FieldResolver(() => ID)
  id(@Root() o: OutcomeRecord, @Ctx() ctx: Context): string {
    return ctx.access.publicId("Outcome", o);
  }

  @FieldResolver(() => [ZrmScore], { description: "Scores per ZRM domain, in the matrix's order." })
  zrm(@Root() o: OutcomeRecord): ZrmScore[] {
    return Object.entries(o)
      .filter(([k, v]) => k.startsWith("zrm_") && typeof v === "number")
      .map(([k, v]) => ({ domain: k.slice(4), score: v as number }))
      .sort((a, b) => ZRM_ORDER.indexOf(a.domain) - ZRM_ORDER.indexOf(b.domain));
  }

  @FieldResolver(() => Intervention, { description: "The help this is an outcome of." })
  intervention(@Root() o: OutcomeRecord, @Ctx() ctx: Context) {
    return ctx.loaders.intervention.load(o.interventionId);
  }
}

const ZRM_ORDER = [
  "FINANCIEN", "WERK_OPLEIDING", "TIJDSBESTEDING", "HUISVESTING", "HUISELIJKE_RELATIES", "GEESTELIJKE_GEZONDHEID",
  "LICHAMELIJKE_GEZONDHEID", "MIDDELENGEBRUIK", "BASALE_ADL", "INSTRUMENTELE_ADL", "SOCIAAL_NETWERK",
  "MAATSCHAPPELIJKE_PARTICIPATIE", "JUSTITIE",
];

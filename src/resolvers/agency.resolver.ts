import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { loadAll } from "../read/loaders";
import { listAgencies } from "../read/list.service";
import type { AgencyRecord, ProfessionalRecord } from "../read/records";
import { Agency } from "../model/agency.type";
import { Connection, PageArguments } from "../model/connection";
import { AgencyKind, Domain } from "../model/enums";
import { Professional } from "../model/professional.type";

const AgencyConnection = Connection("Agency", Agency, "agencies", "by id");

@ArgsType()
class AgenciesArgs extends PageArguments {

  @Field(() => AgencyKind, { nullable: true, description: "Only agencies of this kind." })
  kind?: string | null;

  @Field(() => Domain, { nullable: true, description: "Only agencies working in this domain." })
  domain?: string | null;
}

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => Agency, { nullable: true, description: "An agency by its id; null when there is none. Every signed-in role." })
  agency(@Arg("id", () => ID, { description: "The agency's id." }) id: string, @Ctx() ctx: Context): Promise<AgencyRecord | null> {
    return ctx.loaders.agency.load(id);
  }

  @Query(() => AgencyConnection, { description: "The agencies, by id, filtered by kind and domain. Every signed-in role." })
  agencies(@Args() args: AgenciesArgs, @Ctx() ctx: Context) {
    return listAgencies(ctx, args, args);
  }

  @FieldResolver(() => [Professional], { description: "The professionals working at it, in the order of the ids shown." })
  async professionals(@Root() a: AgencyRecord, @Ctx() ctx: Context) {
    return ctx.access.ordered("Professional", await loadAll(ctx.loaders.professional, await ctx.loaders.professionalIdsOfAgency.load(a.id)));
  }
}

@Resolver(() => Professional)
export class ProfessionalResolver {
  // described on the class's @Field: type-graphql keeps that description over a field resolver's
  @FieldResolver(() => ID)
  id(@Root() p: ProfessionalRecord, @Ctx() ctx: Context): string {
    return ctx.access.publicId("Professional", p);
  }

  @FieldResolver(() => Agency, { description: "The agency the professional works at." })
  agency(@Root() p: ProfessionalRecord, @Ctx() ctx: Context) {
    return ctx.loaders.agency.load(p.agencyId);
  }
}

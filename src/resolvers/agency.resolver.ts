import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { loadAll } from "../read/loaders";
import { listAgencies } from "../read/list.service";
import type { AgencyRecord, ProfessionalRecord } from "../read/records";
import { Agency } from "../model/agency.type";
import { Connection } from "../model/connection";
import { AgencyKind, Domain } from "../model/enums";
import { Professional } from "../model/professional.type";

const AgencyConnection = Connection("Agency", Agency, "agencies", "by id");

@ArgsType()
class AgenciesArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => AgencyKind, { nullable: true })
  kind?: string | null;

  @Field(() => Domain, { nullable: true })
  domain?: string | null;
}

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => Agency, { nullable: true })
  agency(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<AgencyRecord | null> {
    return ctx.loaders.agency.load(id);
  }

  @Query(() => AgencyConnection)
  agencies(@Args() args: AgenciesArgs, @Ctx() ctx: Context) {
    return listAgencies(ctx, args, args);
  }

  @FieldResolver(() => [Professional])
  async professionals(@Root() a: AgencyRecord, @Ctx() ctx: Context) {
    return ctx.access.ordered("Professional", await loadAll(ctx.loaders.professional, await ctx.loaders.professionalIdsOfAgency.load(a.id)));
  }
}

@Resolver(() => Professional)
export class ProfessionalResolver {
  @FieldResolver(() => ID)
  id(@Root() p: ProfessionalRecord, @Ctx() ctx: Context): string {
    return ctx.access.publicId("Professional", p);
  }

  @FieldResolver(() => Agency)
  agency(@Root() p: ProfessionalRecord, @Ctx() ctx: Context) {
    return ctx.loaders.agency.load(p.agencyId);
  }
}

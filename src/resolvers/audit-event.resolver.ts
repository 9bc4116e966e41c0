import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AuditEntry } from "../access/audit";
import type { Context } from "../context";
import { loadAll } from "../read/loaders";
import { AuditEvent } from "../model/audit.type";
import { Household } from "../model/household.type";
import { Person } from "../model/person.type";

/** An audit entry's ids as links, for a client that follows them (its ids stay as recorded). */
@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @FieldResolver(() => [Household], { description: "The households the answer touched that are still stored; one removed since (retention) is left out, its id stays in households." })
  touchedHouseholds(@Root() e: AuditEntry, @Ctx() ctx: Context) {
    return loadAll(ctx.loaders.household, e.households);
  }

  @FieldResolver(() => [Person], { description: "The persons the answer touched that are still stored; one removed since (retention) is left out, its id stays in persons." })
  touchedPersons(@Root() e: AuditEntry, @Ctx() ctx: Context) {
    return loadAll(ctx.loaders.person, e.persons);
  }
}

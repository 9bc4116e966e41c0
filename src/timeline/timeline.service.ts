import type { Context } from "../context";
import { loadAll } from "../read/loaders";
import { buildTimeline } from "./build-timeline";
import type { TimelineEntry } from "./timeline.type";

/** Gathers everything belonging to a household through the request's loaders and lays it out. */
export async function householdTimeline(ctx: Context, householdId: string, from?: string | null, to?: string | null): Promise<TimelineEntry[]> {
  const l = ctx.loaders;
  l.expect(["timeline"]);
  const [memberships, interventionIds, eventIds, coordinators, consents] = await Promise.all([
    l.membershipsOfHousehold.load(householdId),
    l.interventionIdsOfHousehold.load(householdId),
    l.eventIdsOfHousehold.load(householdId),
    l.coordinatorsOfHousehold.load(householdId),
    l.consentsOfHousehold.load(householdId),
  ]);
  const [interventions, events, outcomeLists, coordinatorProfessionals] = await Promise.all([
    loadAll(l.intervention, interventionIds),
    loadAll(l.event, eventIds),
    l.outcomesOfIntervention.loadMany(interventionIds),
    loadAll(l.professional, coordinators.map((c) => c.professionalId)),
  ]);
  const outcomes = outcomeLists.flatMap((o) => {
    if (o instanceof Error) throw o;
    return o;
  });
  const agencyIds = new Set<string>([
    ...interventions.map((i) => i.agencyId),
    ...events.flatMap((e) => [e.agencyId, ...(e.targetAgencyId ? [e.targetAgencyId] : [])]),
    ...coordinatorProfessionals.map((p) => p.agencyId),
  ]);
  const agencies = new Map((await loadAll(l.agency, [...agencyIds])).map((a) => [a.id, a.name]));
  const professionalAgency = new Map(coordinatorProfessionals.map((p) => [p.id, p.agencyId]));
  const view = await ctx.access.householdView(householdId);
  const entries = buildTimeline(
    {
      memberships, interventions, events, outcomes, coordinators, consents,
      agencyName: (id) => agencies.get(id) ?? "An agency",
      agencyOfProfessional: (id) => professionalAgency.get(id) ?? null,
    },
    from,
    to,
  );
  return entries.map((e) => ({ ...e, __view: view })); // how the household is seen decides how its staff are
}

import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { detect, detectForHousehold, detectPage } from "../detectors/detect.service";
import { DETECTORS } from "../detectors/registry";
import { summarise } from "../detectors/summary";
import type { EvidenceItem, Hit, Params, PatternKind as Kind } from "../detectors/types";
import { PatternKind } from "../detectors/types";
import { requireRole } from "../access/guard";
import { View } from "../access/policy";
import { Role } from "../access/viewer";
import type { HouseholdRecord } from "../read/records";
import { Agency } from "../model/agency.type";
import { Connection } from "../model/connection";
import { Event } from "../model/event.type";
import { Household } from "../model/household.type";
import { Intervention } from "../model/intervention.type";
import { AgencyPatternCount, Evidence, Language, PatternHit, PatternParams, PatternSubject, PatternSummary } from "../model/pattern.type";
import { Person } from "../model/person.type";
import { Professional } from "../model/professional.type";
import { DateScalar } from "../model/scalars";

const PatternHitConnection = Connection("PatternHit", PatternHit);
const PATTERN_ROLES = [Role.ADMIN, Role.COORDINATOR, Role.ANALYST];

/** Only the hits whose subject this caller may see; evidence is seen as its subject is. */
async function visible(ctx: Context, hits: Hit[]): Promise<Hit[]> {
  const views = await Promise.all(hits.map((h) => ctx.access.subjectView(h.subjectType, h.subjectId)));
  return hits.flatMap((h, i) => {
    const view = views[i] as View;
    return view === View.NONE ? [] : [{ ...h, evidence: h.evidence.map((e) => ({ ...e, __view: view })) }];
  });
}
const frame = (ctx: Context, asOf?: string | null, from?: string | null, to?: string | null) => ({ asOf: asOf ?? ctx.today, from: from ?? null, to: to ?? null });
const params = (p?: PatternParams | null): Params => Object.fromEntries(Object.entries(p ?? {}).filter(([, v]) => v !== null && v !== undefined));

@Resolver(() => PatternHit)
export class PatternHitResolver {
  @Query(() => PatternHitConnection, { description: "One detector over the whole population: score descending, then subject id." })
  patternHits(
    @Ctx() ctx: Context,
    @Arg("kind", () => PatternKind) kind: Kind,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "Analysis date (default today); nothing later is seen." }) asOf?: string | null,
    @Arg("from", () => DateScalar, { nullable: true }) from?: string | null,
    @Arg("to", () => DateScalar, { nullable: true }) to?: string | null,
    @Arg("params", () => PatternParams, { nullable: true }) p?: PatternParams | null,
    @Arg("first", () => Int, { nullable: true }) first?: number | null,
    @Arg("after", () => String, { nullable: true }) after?: string | null,
    @Arg("neighbourhood", () => String, { nullable: true, description: "Only subjects living there." }) neighbourhood?: string | null,
  ) {
    requireRole(ctx, PATTERN_ROLES, "Pattern reports");
    const inPlace = (hits: Hit[]) => (neighbourhood ? hits.filter((h) => h.neighbourhoods.includes(neighbourhood)) : hits);
    return detectPage(ctx.graph, kind, frame(ctx, asOf, from, to), params(p), first, after, ctx.cursors, (hits) => visible(ctx, inPlace(hits)),
      (hit) => ctx.access.orderKey(hit.subjectType, hit.subjectId));
  }

  @Query(() => PatternSummary, { description: "Hit counts of every detector per kind, neighbourhood and agency." })
  async patternSummary(@Ctx() ctx: Context, @Arg("asOf", () => DateScalar, { nullable: true }) asOf?: string | null) {
    requireRole(ctx, PATTERN_ROLES, "Pattern reports");
    const kinds = Object.keys(DETECTORS) as Kind[];
    const f = frame(ctx, asOf);
    const hits = (await Promise.all(kinds.map((k) => detect(ctx.graph, k, f)))).flat(); // counts only: no subject is shown
    return { asOf: f.asOf, ...summarise(kinds, hits) };
  }

  @FieldResolver(() => PatternSubject)
  subject(@Root() hit: Hit, @Ctx() ctx: Context) {
    return hit.subjectType === "Person" ? ctx.loaders.person.load(hit.subjectId) : ctx.loaders.household.load(hit.subjectId);
  }

  @FieldResolver(() => String, { description: "One or two sentences a coordinator can read." })
  explanation(@Root() hit: Hit, @Arg("lang", () => Language, { defaultValue: Language.EN }) lang: Language): string {
    return hit.explanation[lang];
  }

  @FieldResolver(() => [Evidence], { description: "What made it fire, each pointing at its intervention, event, agency." })
  evidence(@Root() hit: Hit): EvidenceItem[] {
    return hit.evidence;
  }
}

@Resolver(() => Household)
export class HouseholdPatternsResolver {
  @FieldResolver(() => [PatternHit], { description: "Every detector's hits for this household (and its members), as of a date." })
  async patterns(@Root() h: HouseholdRecord, @Ctx() ctx: Context, @Arg("asOf", () => DateScalar, { nullable: true }) asOf?: string | null) {
    requireRole(ctx, PATTERN_ROLES, "Pattern reports");
    return visible(ctx, await detectForHousehold(ctx.graph, h.id, frame(ctx, asOf)));
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Agency, { nullable: true })
  agency(@Root() e: EvidenceItem, @Ctx() ctx: Context) {
    return e.agencyId ? ctx.loaders.agency.load(e.agencyId) : null;
  }

  @FieldResolver(() => Intervention, { nullable: true })
  intervention(@Root() e: EvidenceItem, @Ctx() ctx: Context) {
    return e.interventionId ? ctx.loaders.intervention.load(e.interventionId) : null;
  }

  @FieldResolver(() => Event, { nullable: true })
  event(@Root() e: EvidenceItem, @Ctx() ctx: Context) {
    return e.eventId ? ctx.loaders.event.load(e.eventId) : null;
  }

  @FieldResolver(() => Person, { nullable: true })
  person(@Root() e: EvidenceItem, @Ctx() ctx: Context) {
    return e.personId ? ctx.loaders.person.load(e.personId) : null;
  }

  @FieldResolver(() => Professional, { nullable: true })
  professional(@Root() e: EvidenceItem & { __view?: View }, @Ctx() ctx: Context) {
    return ctx.access.professionalSeenFrom(e.__view, e.professionalId ?? null);
  }

  @FieldResolver(() => Household, { nullable: true })
  household(@Root() e: EvidenceItem, @Ctx() ctx: Context) {
    return e.householdId ? ctx.loaders.household.load(e.householdId) : null;
  }
}

@Resolver(() => AgencyPatternCount)
export class AgencyPatternCountResolver {
  @FieldResolver(() => Agency, { nullable: true, description: "Null if the agency was removed since the count." })
  agency(@Root() c: AgencyPatternCount, @Ctx() ctx: Context) {
    return ctx.loaders.agency.load(c.agencyId);
  }
}

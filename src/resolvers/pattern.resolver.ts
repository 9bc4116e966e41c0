import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { detectPage } from "../detectors/detect.service";
import { livePatternsOf } from "../detectors/household-patterns";
import { DETECTORS } from "../detectors/registry";
import { summarise } from "../detectors/summary";
import type { EvidenceItem, Hit, Params, PatternKind as Kind } from "../detectors/types";
import { checkLiveFilter, fromStored, liveHit, storedHitsPage, type WorkHit } from "../hits/stored.service";
import { liveHitId } from "../hits/live-hit";
import { PATTERN_ROLES, seenAs, touchSubjects, visible } from "../hits/visible.service";
import { storedSummary } from "../hits/summary.service";
import { HitChange, HitOrder, HitStatus } from "../model/hit-work.type";
import { PatternKind } from "../detectors/types";
import { requireRole } from "../access/guard";
import { View } from "../access/policy";
import type { HouseholdRecord } from "../read/records";
import { Agency } from "../model/agency.type";
import { Connection, PageArguments } from "../model/connection";
import { Event } from "../model/event.type";
import { Household } from "../model/household.type";
import { Intervention } from "../model/intervention.type";
import { AgencyPatternCount, Evidence, Language, PatternHit, PatternParams, PatternSubject, PatternSummary } from "../model/pattern.type";
import { Person } from "../model/person.type";
import { Professional } from "../model/professional.type";
import { DateScalar } from "../model/scalars";

const PatternHitConnection = Connection("PatternHit", PatternHit, "pattern hits of one kind", "highest score first (stored hits: newest first with orderBy FIRST_SEEN)");
const frame = (ctx: Context, asOf?: string | null, from?: string | null, to?: string | null) => ({ asOf: asOf ?? ctx.today, from: from ?? null, to: to ?? null });
const params = (p?: PatternParams | null): Params => Object.fromEntries(Object.entries(p ?? {}).filter(([, v]) => v !== null && v !== undefined));

@ArgsType()
class PatternHitsArgs extends PageArguments {
  @Field(() => PatternKind, { description: "The detector whose hits to list." }) kind!: Kind;
  @Field(() => [HitStatus], { nullable: true, description: "Stored hits only: these statuses (default every one but GONE)." }) status?: HitStatus[] | null;
  @Field(() => DateScalar, { nullable: true, description: "Stored hits only: first seen on or after this date (what is new since)." }) since?: string | null;
  @Field(() => String, { nullable: true, description: "Only hits about subjects living in this neighbourhood (exact spelling)." }) neighbourhood?: string | null;
  @Field(() => ID, { nullable: true, description: "Only hits whose evidence names this agency." }) agencyId?: string | null;
  @Field(() => HitOrder, { nullable: true, description: "Stored hits only: SCORE (default) or FIRST_SEEN." }) orderBy?: HitOrder | null;
  @Field(() => DateScalar, { nullable: true, description: "Computes live as of this date (nothing later is seen)." }) asOf?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Computes live in a window starting on this day: only facts inside it count (patterns.md)." }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Computes live in a window ending on this day (patterns.md)." }) to?: string | null;
  @Field(() => PatternParams, { nullable: true, description: "Computes live with these parameters." }) params?: PatternParams | null;
}

@Resolver(() => PatternHit)
export class PatternHitResolver {
  @Query(() => PatternHitConnection, {
    description: "One detector's hits. Without asOf, from, to or params: the stored hits of the last runs, as work (by score, or newest first). With any of them: computed live, by score. ADMIN, COORDINATOR, ANALYST; subjects outside the caller's households in analyst form.",
  })
  async patternHits(@Args() a: PatternHitsArgs, @Ctx() ctx: Context) {
    requireRole(ctx, PATTERN_ROLES, "Pattern reports");
    const custom = params(a.params);
    if (!a.asOf && !a.from && !a.to && !Object.keys(custom).length) {
      const page = await storedHitsPage(ctx, a.kind, a, a);
      const seen = await seenAs(ctx, page.edges.map((e) => e.node)); // every pattern role sees every subject, in some view
      const edges = page.edges.flatMap((e, i) => (seen[i] ? [{ ...e, node: seen[i] }] : []));
      await touchSubjects(ctx, edges.map((e) => e.node));
      return Object.assign(page, { edges, nodes: edges.map((e) => e.node) }); // not a spread: that would ask the lazy totalCount
    }
    checkLiveFilter(a);
    const wanted = (h: Hit) => (!a.neighbourhood || h.neighbourhoods.includes(a.neighbourhood)) && (!a.agencyId || h.evidence.some((e) => e.agencyId === a.agencyId));
    const all = await ctx.liveHits.hits(ctx.graph, a.kind, frame(ctx, a.asOf, a.from, a.to), custom);
    const tie = { name: ctx.access.keyedOrder ? "pseudonym" : "id", key: (hit: Hit) => ctx.access.orderKey(hit.subjectType, hit.subjectId) };
    const live = liveHit({ ...frame(ctx, a.asOf, a.from, a.to), params: custom });
    const page = await detectPage(all, a.kind, a, ctx.cursors, tie, wanted, (hits) => seenAs(ctx, hits.map(live)));
    await touchSubjects(ctx, page.edges.map((e) => e.node)); // what the page shows, not the one it looked at beyond
    return page;
  }

  @Query(() => PatternSummary, { description: "Hit counts per kind, neighbourhood, agency (and, for stored hits, status); live with asOf. ADMIN, COORDINATOR, ANALYST." })
  async patternSummary(@Ctx() ctx: Context, @Arg("asOf", () => DateScalar, { nullable: true, description: "Counts the hits computed live as of this day, instead of the stored ones." }) asOf?: string | null) {
    requireRole(ctx, PATTERN_ROLES, "Pattern reports");
    const kinds = Object.keys(DETECTORS) as Kind[];
    if (asOf) {
      const f = frame(ctx, asOf);
      const hits = (await Promise.all(kinds.map((k) => ctx.liveHits.hits(ctx.graph, k, f, {})))).flat(); // counts only: no subject is shown
      return { id: `PatternSummary:live:${f.asOf}`, asOf: f.asOf, ...summarise(kinds, hits), statuses: [] };
    }
    return { id: "PatternSummary:stored", ...(await storedSummary(ctx.graph, kinds, ctx.today)) };
  }

  @FieldResolver(() => ID, { description: "A stored hit's own id (random: it says nothing about the subject); a live hit's is sealed, and names its frame (asOf, from, to, params) too: another frame is another object. node(id:) finds either again, a live one computed anew in its frame (null once the detector no longer flags its subject, or for a person in no household)." })
  id(@Root() hit: WorkHit, @Ctx() ctx: Context): string {
    return hit.id ?? liveHitId(ctx.cursors, hit);
  }

  @FieldResolver(() => HitStatus, { nullable: true, description: "Where it stands as work; null on a live hit." })
  status(@Root() hit: WorkHit): string | null {
    return hit.status;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: "The day a run first found it (again, after it was gone); null on a live hit." })
  firstSeen(@Root() hit: WorkHit): string | null {
    return hit.firstSeen;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: "The day a run last found it; null on a live hit." })
  lastSeen(@Root() hit: WorkHit): string | null {
    return hit.lastSeen;
  }

  @FieldResolver(() => [HitChange], { description: "Every status change, oldest first (empty on a live hit); notes and who only where the subject is seen in full." })
  async history(@Root() hit: WorkHit & { __view?: View }, @Ctx() ctx: Context): Promise<HitChange[]> {
    if (!hit.id) return [];
    const full = hit.__view === View.FULL;
    return (await ctx.loaders.hitHistory.load(hit.id)).map((c) => ({ ...c, by: full || c.by === "detection" ? c.by : null, note: full ? c.note : null }));
  }

  @FieldResolver(() => Professional, { nullable: true, description: "Who works on it (IN_PROGRESS)." })
  assignee(@Root() hit: WorkHit & { __view?: View }, @Ctx() ctx: Context) {
    return ctx.access.professionalSeenFrom(hit.__view, hit.assigneeId);
  }

  @FieldResolver(() => PatternSubject, { description: "What it is about: a household, or for ESCALATION_CONCESSION a person." })
  subject(@Root() hit: Hit, @Ctx() ctx: Context) {
    return hit.subjectType === "Person" ? ctx.loaders.person.load(hit.subjectId) : ctx.loaders.household.load(hit.subjectId);
  }

  @FieldResolver(() => String, { description: "One or two sentences a coordinator can read." })
  explanation(@Root() hit: Hit, @Arg("lang", () => Language, { defaultValue: Language.EN, description: "The language to explain in." }) lang: Language): string {
    return hit.explanation[lang];
  }

  @FieldResolver(() => [Evidence], { description: "What made it fire, each pointing at its intervention, event, agency." })
  evidence(@Root() hit: Hit): EvidenceItem[] {
    return hit.evidence;
  }
}

@Resolver(() => Household)
export class HouseholdPatternsResolver {
  @FieldResolver(() => [PatternHit], { description: "The stored hits (every status but GONE) about this household or anyone who was ever a member of it; computed live as of a date with asOf. ADMIN, COORDINATOR, ANALYST." })
  async patterns(@Root() h: HouseholdRecord, @Ctx() ctx: Context, @Arg("asOf", () => DateScalar, { nullable: true, description: "Computes the hits live as of this day, instead of reading the stored ones." }) asOf?: string | null) {
    requireRole(ctx, PATTERN_ROLES, "Pattern reports");
    if (asOf) return visible(ctx, (await livePatternsOf(ctx, h.id, frame(ctx, asOf))).map(liveHit({ ...frame(ctx, asOf), params: {} })));
    return visible(ctx, (await ctx.loaders.storedHitsOfHousehold.load(h.id)).map(fromStored));
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Agency, { nullable: true, description: "The agency the item names; null when none." })
  agency(@Root() e: EvidenceItem, @Ctx() ctx: Context) {
    return e.agencyId ? ctx.loaders.agency.load(e.agencyId) : null;
  }

  @FieldResolver(() => Intervention, { nullable: true, description: "The help the item points at; null when none, or not visible to the caller." })
  intervention(@Root() e: EvidenceItem, @Ctx() ctx: Context) {
    return e.interventionId ? ctx.loaders.intervention.load(e.interventionId) : null;
  }

  @FieldResolver(() => Event, { nullable: true, description: "The event the item points at; null when none, or not visible to the caller." })
  event(@Root() e: EvidenceItem, @Ctx() ctx: Context) {
    return e.eventId ? ctx.loaders.event.load(e.eventId) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: "The person the item concerns; null when none, or not visible to the caller." })
  person(@Root() e: EvidenceItem, @Ctx() ctx: Context) {
    return e.personId ? ctx.loaders.person.load(e.personId) : null;
  }

  @FieldResolver(() => Professional, { nullable: true, description: "The professional the item names (PROFESSIONAL_TURNOVER); null when none." })
  professional(@Root() e: EvidenceItem & { __view?: View }, @Ctx() ctx: Context) {
    return ctx.access.professionalSeenFrom(e.__view, e.professionalId ?? null);
  }

  @FieldResolver(() => Household, { nullable: true, description: "The household the item names (a person's household for ESCALATION_CONCESSION); null when none, or not visible to the caller." })
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

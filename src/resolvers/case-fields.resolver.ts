import { Arg, Ctx, FieldResolver, Float, ID, Resolver, Root } from "type-graphql";
import { View, type Viewed } from "../access/policy";
import { Role } from "../access/viewer";
import type { Context } from "../context";
import { caseStore } from "../cases/case-store";
import { seeCase, type SeenCase } from "../cases/case-view";
import type { CaseloadRow } from "../cases/caseload.service";
import { conferenceProposals } from "../cases/conference.service";
import { caseEffect } from "../cases/effect.service";
import { explainPriority } from "../cases/priority";
import type { PlanActionRecord } from "../cases/records";
import { fromStored, type WorkHit } from "../hits/stored.service";
import { Agency } from "../model/agency.type";
import { Case, CaseChange, CaseConference, CaseEffect, ConferenceProposal, PlanAction } from "../model/case.type";
import { CaseloadEntry } from "../model/caseload.type";
import { Consent } from "../model/consent.type";
import { Household } from "../model/household.type";
import { Language, PatternHit } from "../model/pattern.type";
import { Professional } from "../model/professional.type";
import type { HouseholdRecord } from "../read/records";
import { OPEN_HIT } from "../cases/case-rules";
import { visible } from "../hits/visible.service";

type WithView = { __view: View };

@Resolver(() => Case)
export class CaseFieldsResolver {
  @FieldResolver(() => Household, { description: "The household the case is about." })
  household(@Root() c: SeenCase, @Ctx() ctx: Context) {
    return ctx.loaders.household.load(c.householdId);
  }

  @FieldResolver(() => Professional, { nullable: true, description: "The regisseur: null while nobody leads the case." })
  regisseur(@Root() c: SeenCase, @Ctx() ctx: Context) {
    return ctx.access.professionalSeenFrom(c.__view, c.regisseurId);
  }

  @FieldResolver(() => Consent, { nullable: true, description: "With CONSENT: the consent record it works under." })
  async consent(@Root() c: SeenCase, @Ctx() ctx: Context) {
    if (!c.consentId) return null;
    return (await ctx.loaders.consentsOfHousehold.load(c.householdId)).find((k) => k.id === c.consentId) ?? null;
  }

  @FieldResolver(() => [PatternHit], { description: "The stored pattern hits (every status but GONE) about the household or anyone who was ever a member of it; empty for an AGENCY_WORKER." })
  async hits(@Root() c: SeenCase, @Ctx() ctx: Context) {
    if (ctx.viewer.role === Role.AGENCY_WORKER) return []; // pattern hits are not for agency workers
    return visible(ctx, (await ctx.loaders.storedHitsOfHousehold.load(c.householdId)).map(fromStored));
  }

  @FieldResolver(() => [Professional], { description: "Invited to the planned conference." })
  invitees(@Root() c: SeenCase, @Ctx() ctx: Context) {
    return Promise.all(c.inviteeIds.map((id) => ctx.access.professionalSeenFrom(c.__view, id)));
  }

  @FieldResolver(() => [ConferenceProposal], { description: "Who should be at the table (involved now or within a year), per domain: that they are involved, not what they do. Only for ADMIN and a COORDINATOR who sees the household in full; else empty." })
  async proposals(@Root() c: SeenCase, @Ctx() ctx: Context) {
    // for the one who prepares the table: who is involved says things (the police, a safety domain) others may not know
    if (c.__view !== View.FULL || ![Role.ADMIN, Role.COORDINATOR].includes(ctx.viewer.role)) return [];
    return (await conferenceProposals(ctx, c)).map((p) => ({ ...p, __view: c.__view }));
  }

  @FieldResolver(() => CaseEffect, { nullable: true, description: "Did it help? Before and after the first conference; null before one was held, and for an AGENCY_WORKER." })
  effect(@Root() c: SeenCase, @Ctx() ctx: Context) {
    if (ctx.viewer.role === Role.AGENCY_WORKER) return null; // pattern figures are not for agency workers
    return caseEffect(ctx, c);
  }
}

@Resolver(() => CaseChange)
export class CaseChangeResolver {
  @FieldResolver(() => Professional, { nullable: true, description: "The professional who did it, when the user is one (null for roles that see no staff)." })
  async byProfessional(@Root() h: CaseChange & Partial<WithView>, @Ctx() ctx: Context) {
    return h.by ? ctx.access.professionalSeenFrom(h.__view, h.by) : null;
  }

  @FieldResolver(() => Professional, { nullable: true, description: "With ASSIGNED: the new regisseur." })
  regisseur(@Root() h: CaseChange & Partial<WithView>, @Ctx() ctx: Context) {
    return ctx.access.professionalSeenFrom(h.__view, h.regisseurId);
  }
}

@Resolver(() => CaseConference)
export class CaseConferenceResolver {
  @FieldResolver(() => [Professional], { description: "The professionals who took part, by id." })
  participants(@Root() k: CaseConference & Partial<WithView>, @Ctx() ctx: Context) {
    return Promise.all(k.participantIds.map((id) => ctx.access.professionalSeenFrom(k.__view, id)));
  }

  @FieldResolver(() => Professional, { nullable: true, description: "The regisseur the conference named, from its date on." })
  regisseur(@Root() k: CaseConference & Partial<WithView>, @Ctx() ctx: Context) {
    return ctx.access.professionalSeenFrom(k.__view, k.regisseurId);
  }
}

@Resolver(() => PlanAction)
export class PlanActionResolver {
  @FieldResolver(() => Boolean)
  overdue(@Root() a: PlanActionRecord, @Ctx() ctx: Context) {
    return !a.doneOn && a.due < ctx.today;
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The agency that owns the action; null when a professional alone owns it." })
  ownerAgency(@Root() a: PlanActionRecord, @Ctx() ctx: Context) {
    return a.ownerAgencyId ? ctx.loaders.agency.load(a.ownerAgencyId) : null;
  }

  @FieldResolver(() => Professional, { nullable: true, description: "The professional who owns the action; null when an agency alone owns it." })
  ownerProfessional(@Root() a: PlanActionRecord & Partial<WithView>, @Ctx() ctx: Context) {
    return ctx.access.professionalSeenFrom(a.__view, a.ownerProfessionalId);
  }
}

@Resolver(() => ConferenceProposal)
export class ConferenceProposalResolver {
  @FieldResolver(() => Agency, { description: "The agency involved." })
  agency(@Root() p: ConferenceProposal, @Ctx() ctx: Context) {
    return ctx.loaders.agency.load(p.agencyId);
  }

  @FieldResolver(() => Professional, { nullable: true, description: "Whom to call, as the Verwijsindex gives it." })
  professional(@Root() p: ConferenceProposal & WithView, @Ctx() ctx: Context) {
    return ctx.access.professionalSeenFrom(p.__view, p.professionalId);
  }
}

@Resolver(() => CaseloadEntry)
export class CaseloadEntryResolver {
  @FieldResolver(() => Household, { description: "The household." })
  household(@Root() e: CaseloadRow, @Ctx() ctx: Context) {
    return ctx.loaders.household.load(e.householdId);
  }

  @FieldResolver(() => Float, { description: "Points that mean the same whatever the patterns are (docs/caseload.md); higher first." })
  priority(@Root() e: CaseloadRow) {
    return e.priority.value;
  }

  @FieldResolver(() => String, { description: "Why: each part of the priority in words, with its points." })
  priorityExplanation(@Root() e: CaseloadRow, @Arg("lang", () => Language, { defaultValue: Language.NL, description: "The language to explain in." }) lang: Language) {
    return explainPriority(e.priority, lang);
  }

  @FieldResolver(() => [PatternHit], { description: "Its open hits (NEW, SEEN, IN_PROGRESS), about it or a member now." })
  async hits(@Root() e: CaseloadRow, @Ctx() ctx: Context) {
    const open = new Set(e.facts.hits.map((h) => h.id));
    const all = (await ctx.loaders.storedHitsOfHousehold.load(e.householdId)).map(fromStored);
    return visible(ctx, all.filter((h: WorkHit) => open.has(h.id as string) && OPEN_HIT.includes(h.status ?? "")));
  }

  @FieldResolver(() => [ID], { description: "The ids of its hits found (again) after `since`." })
  newHitIds(@Root() e: CaseloadRow) {
    return e.newHitIds;
  }

  @FieldResolver(() => Professional, { nullable: true, description: "Its regisseur now: its open case's, else the professional coordinating it; null: none." })
  async regisseur(@Root() e: CaseloadRow, @Ctx() ctx: Context) {
    const household = (await ctx.loaders.household.load(e.householdId)) as Viewed<HouseholdRecord> | null;
    return household ? ctx.access.professionalSeenFrom(household.__view, e.facts.regisseurId) : null;
  }

  @FieldResolver(() => Case, { nullable: true, description: "Its open case, if any." })
  async case(@Root() e: CaseloadRow, @Ctx() ctx: Context) {
    return e.facts.caseId ? seeCase(ctx, await caseStore(ctx).byId.load(e.facts.caseId)) : null;
  }
}

@Resolver(() => Household)
export class HouseholdCaseResolver {
  @FieldResolver(() => Case, { nullable: true, description: "Its open case, if any and the caller may see it; always null for ANALYST." })
  async case(@Root() h: Viewed<HouseholdRecord>, @Ctx() ctx: Context) {
    if (ctx.viewer.role === Role.ANALYST) return null;
    const store = caseStore(ctx);
    const id = await store.openOf.load(h.id);
    return id ? seeCase(ctx, await store.byId.load(id)) : null;
  }
}

@Resolver(() => PatternHit)
export class PatternHitCaseResolver {
  @FieldResolver(() => Case, { nullable: true, description: "The open case of the household it is about (for a person: the household it belongs to now), if the caller may see it; always null for ANALYST." })
  async case(@Root() hit: WorkHit, @Ctx() ctx: Context) {
    if (ctx.viewer.role === Role.ANALYST) return null;
    const households = hit.subjectType === "Household" ? [hit.subjectId]
      : (await ctx.loaders.membershipsOfPerson.load(hit.subjectId)).filter((m) => m.from <= ctx.today && (!m.to || ctx.today < m.to)).map((m) => m.householdId);
    const store = caseStore(ctx);
    for (const h of households) {
      const id = await store.openOf.load(h);
      if (id) return seeCase(ctx, await store.byId.load(id));
    }
    return null;
  }
}

import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { Role } from "../access/viewer";
import { requireRole } from "../access/guard";
import type { Context } from "../context";
import { addCaseNote, assignCase, closeCase, openCase, setCaseStatus } from "../cases/case.service";
import { listCases } from "../cases/cases-list.service";
import { caseStore } from "../cases/case-store";
import { seeCase } from "../cases/case-view";
import { caseload } from "../cases/caseload.service";
import { planConference, recordConference } from "../cases/conference.service";
import { caseStatistics } from "../cases/effect.service";
import { findHouseholds, neighbourhoods } from "../cases/find.service";
import { agreePlan, updatePlanAction } from "../cases/plan.service";
import type { Outcome } from "../cases/problems";
import type { CaseRecord } from "../cases/records";
import { Case, CaseStatus } from "../model/case.type";
import {
  AddCaseNoteInput, AgreePlanInput, AssignCaseInput, CloseCaseInput, OpenCaseInput, PlanConferenceInput, RecordConferenceInput,
  SetCaseStatusInput, UpdatePlanActionInput,
} from "../model/case-input.type";
import {
  AddCaseNotePayload, AgreePlanPayload, AssignCasePayload, CloseCasePayload, OpenCasePayload, PlanConferencePayload,
  RecordConferencePayload, SetCaseStatusPayload, UpdatePlanActionPayload,
} from "../model/case-payload.type";
import { CaseloadEntry, CaseStatistics } from "../model/caseload.type";
import { Connection, PageArguments } from "../model/connection";
import { Household } from "../model/household.type";

const CaseloadConnection = Connection("Caseload", CaseloadEntry, "caseload entries (households)", "highest priority first");
const CaseConnection = Connection("Case", Case, "cases", "newest first");

@ArgsType()
class CaseloadArgs extends PageArguments {
  @Field(() => Boolean, { nullable: true, description: "Only my households (those I coordinate, and the cases I lead): the default for a coordinator." }) mine?: boolean | null;
  @Field(() => String, { nullable: true, description: "Only households in this neighbourhood (any upper or lower case)." }) neighbourhood?: string | null;
  @Field(() => String, { nullable: true, description: "An ISO 8601 moment (the last visit): entries with something new after it are marked newSince." }) since?: string | null;
}

@ArgsType()
class CasesArgs extends PageArguments {
  @Field(() => Boolean, { nullable: true, description: "Only cases of my households, that I lead, am invited to or took part in (default: true but for ADMIN; always true for an AGENCY_WORKER)." }) mine?: boolean | null;
  @Field(() => [CaseStatus], { nullable: true, description: "Only cases with one of these statuses (default: every status)." }) status?: CaseStatus[] | null;
  @Field(() => String, { nullable: true, description: "Only cases of households in this neighbourhood (any upper or lower case)." }) neighbourhood?: string | null;
}

/** A payload: the case as the caller may see it now, and what its input got wrong. */
async function payload(ctx: Context, outcome: Outcome<CaseRecord>) {
  return { case: await seeCase(ctx, outcome.value), userErrors: outcome.userErrors };
}

@Resolver()
export class CaseResolver {
  @Query(() => CaseloadConnection, { description: "Households, not hits: each with all its open patterns, ranked by an explained priority (docs/caseload.md). ADMIN, COORDINATOR. With mine false: every household with an open hit (about it or a member now) or an open case." })
  caseload(@Args() args: CaseloadArgs, @Ctx() ctx: Context) {
    return caseload(ctx, args);
  }

  @Query(() => CaseConnection, { description: "Cases, newest first. ADMIN, COORDINATOR; an agency worker: the cases it is invited to or took part in." })
  cases(@Args() args: CasesArgs, @Ctx() ctx: Context) {
    return listCases(ctx, args);
  }

  @Query(() => Case, {
    nullable: true,
    description: "A case by its id; null when there is none or the caller may not see it. ADMIN, COORDINATOR (in full for households it sees in full), AGENCY_WORKER (cases it is invited to or took part in).",
  })
  async case(@Arg("id", () => ID, { description: "The case's id." }) id: string, @Ctx() ctx: Context) {
    requireRole(ctx, [Role.ADMIN, Role.COORDINATOR, Role.AGENCY_WORKER], "Cases");
    return seeCase(ctx, await caseStore(ctx).byId.load(id));
  }

  @Query(() => CaseStatistics, { description: "ADMIN, ANALYST: cases in figures, overall and per neighbourhood; groups under minCases suppressed." })
  caseStatistics(@Ctx() ctx: Context, @Arg("neighbourhood", () => String, { nullable: true, description: "Only this neighbourhood (any upper or lower case); default every one." }) neighbourhood?: string | null) {
    return caseStatistics(ctx, neighbourhood);
  }

  @Query(() => [Household], { description: "Households by a member's name (any part, any case) or their neighbourhood, among those the caller sees in full. Not for analysts: they look up pseudonyms." })
  findHouseholds(
    @Arg("text", () => String, { description: "2 to 100 characters, any case: part of the name of a member (now or before), or a whole neighbourhood name." }) text: string,
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true, description: "At most this many, 1 to 50 (default 20)." }) first?: number | null,
  ) {
    return findHouseholds(ctx, text, first);
  }

  @Query(() => [String], { description: "Every neighbourhood that has households, as the deliveries write it, by name: the caseload's filter. Every signed-in role." })
  neighbourhoods(@Ctx() ctx: Context) {
    return neighbourhoods(ctx);
  }

  @Mutation(() => OpenCasePayload, { description: "COORDINATOR (its households) or ADMIN: a case on a household, under a legal ground." })
  async openCase(@Arg("input", () => OpenCaseInput, { description: "The household, the legal ground and why." }) input: OpenCaseInput, @Ctx() ctx: Context) {
    return payload(ctx, await openCase(ctx, input));
  }

  @Mutation(() => SetCaseStatusPayload, {
    description: "COORDINATOR (its households, the cases it leads) or ADMIN: a status set by hand; the other steps have their own mutations.",
  })
  async setCaseStatus(@Arg("input", () => SetCaseStatusInput, { description: "The case, its new status and why." }) input: SetCaseStatusInput, @Ctx() ctx: Context) {
    return payload(ctx, await setCaseStatus(ctx, input));
  }

  @Mutation(() => AssignCasePayload, { description: "COORDINATOR (its households, the cases it leads) or ADMIN: hands a case to a colleague: regisseur, and the household's coordinator, from today." })
  async assignCase(@Arg("input", () => AssignCaseInput, { description: "The case and its new regisseur." }) input: AssignCaseInput, @Ctx() ctx: Context) {
    return payload(ctx, await assignCase(ctx, input));
  }

  @Mutation(() => AddCaseNotePayload, { description: "COORDINATOR (its households, the cases it leads) or ADMIN: a note in the case's history." })
  async addCaseNote(@Arg("input", () => AddCaseNoteInput, { description: "The case, the note and what it is about." }) input: AddCaseNoteInput, @Ctx() ctx: Context) {
    return payload(ctx, await addCaseNote(ctx, input));
  }

  @Mutation(() => CloseCasePayload, { description: "COORDINATOR (its households, the cases it leads) or ADMIN: closes a case, saying what became of each of its open hits." })
  async closeCase(@Arg("input", () => CloseCaseInput, { description: "The case, and every open hit's outcome." }) input: CloseCaseInput, @Ctx() ctx: Context) {
    return payload(ctx, await closeCase(ctx, input));
  }

  @Mutation(() => PlanConferencePayload, {
    description: "COORDINATOR (its households, the cases it leads) or ADMIN: plans a case conference; the case becomes CONFERENCE_PLANNED.",
  })
  async planConference(@Arg("input", () => PlanConferenceInput, { description: "The case, the date and whom to invite." }) input: PlanConferenceInput, @Ctx() ctx: Context) {
    return payload(ctx, await planConference(ctx, input));
  }

  @Mutation(() => RecordConferencePayload, { description: "COORDINATOR (its households, the cases it leads) or ADMIN: a case conference held: participants, the family, agreements, and the regisseur from then on. The household is detected again." })
  async recordConference(@Arg("input", () => RecordConferenceInput, { description: "The conference held." }) input: RecordConferenceInput, @Ctx() ctx: Context) {
    return payload(ctx, await recordConference(ctx, input));
  }

  @Mutation(() => AgreePlanPayload, { description: "COORDINATOR (its households, the cases it leads) or ADMIN: the household's one plan: goals per ZRM domain, actions with owners and due dates." })
  async agreePlan(@Arg("input", () => AgreePlanInput, { description: "The case and its plan." }) input: AgreePlanInput, @Ctx() ctx: Context) {
    return payload(ctx, await agreePlan(ctx, input));
  }

  @Mutation(() => UpdatePlanActionPayload, { description: "COORDINATOR (its households, the cases it leads) or ADMIN: progress on one action of the plan." })
  async updatePlanAction(@Arg("input", () => UpdatePlanActionInput, { description: "The case, the action and its progress." }) input: UpdatePlanActionInput, @Ctx() ctx: Context) {
    return payload(ctx, await updatePlanAction(ctx, input));
  }
}

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
import { Connection } from "../model/connection";
import { Household } from "../model/household.type";

const CaseloadConnection = Connection("Caseload", CaseloadEntry, "caseload entries (households)", "highest priority first");
const CaseConnection = Connection("Case", Case, "cases", "newest first");

@ArgsType()
class CaseloadArgs {
  @Field(() => Boolean, { nullable: true, description: "Only my households (those I coordinate, and the cases I lead): the default for a coordinator." }) mine?: boolean | null;
  @Field(() => String, { nullable: true, description: "Only this neighbourhood (any case)." }) neighbourhood?: string | null;
  @Field(() => String, { nullable: true, description: "An ISO 8601 moment (the last visit): entries with something new after it are marked newSince." }) since?: string | null;
  @Field(() => Int, { nullable: true }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}

@ArgsType()
class CasesArgs {
  @Field(() => Boolean, { nullable: true, description: "Only cases of my households, that I lead, am invited to or took part in (default: true but for ADMIN)." }) mine?: boolean | null;
  @Field(() => [CaseStatus], { nullable: true }) status?: CaseStatus[] | null;
  @Field(() => String, { nullable: true }) neighbourhood?: string | null;
  @Field(() => Int, { nullable: true }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}

/** A payload: the case as the caller may see it now, and what its input got wrong. */
async function payload(ctx: Context, outcome: Outcome<CaseRecord>) {
  return { case: await seeCase(ctx, outcome.value), userErrors: outcome.userErrors };
}

@Resolver()
export class CaseResolver {
  @Query(() => CaseloadConnection, { description: "Households, not hits: each with all its open patterns, ranked by an explained priority (docs/caseload.md). ADMIN, COORDINATOR." })
  caseload(@Args() args: CaseloadArgs, @Ctx() ctx: Context) {
    return caseload(ctx, args);
  }

  @Query(() => CaseConnection, { description: "Cases, newest first. ADMIN, COORDINATOR; an agency worker: the cases it is invited to or took part in." })
  cases(@Args() args: CasesArgs, @Ctx() ctx: Context) {
    return listCases(ctx, args);
  }

  @Query(() => Case, { nullable: true })
  async case(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    requireRole(ctx, [Role.ADMIN, Role.COORDINATOR, Role.AGENCY_WORKER], "Cases");
    return seeCase(ctx, await caseStore(ctx).byId.load(id));
  }

  @Query(() => CaseStatistics, { description: "ADMIN, ANALYST: cases in figures, overall and per neighbourhood; groups under minCases suppressed." })
  caseStatistics(@Ctx() ctx: Context, @Arg("neighbourhood", () => String, { nullable: true }) neighbourhood?: string | null) {
    return caseStatistics(ctx, neighbourhood);
  }

  @Query(() => [Household], { description: "Households by a member's name (any part, any case) or their neighbourhood, among those the caller sees in full. Not for analysts: they look up pseudonyms." })
  findHouseholds(@Arg("text", () => String) text: string, @Ctx() ctx: Context, @Arg("first", () => Int, { nullable: true }) first?: number | null) {
    return findHouseholds(ctx, text, first);
  }

  @Query(() => [String], { description: "Every neighbourhood, as the deliveries write it: the caseload's filter." })
  neighbourhoods(@Ctx() ctx: Context) {
    return neighbourhoods(ctx);
  }

  @Mutation(() => OpenCasePayload, { description: "COORDINATOR (its households) or ADMIN: a case on a household, under a legal ground." })
  async openCase(@Arg("input", () => OpenCaseInput) input: OpenCaseInput, @Ctx() ctx: Context) {
    return payload(ctx, await openCase(ctx, input));
  }

  @Mutation(() => SetCaseStatusPayload)
  async setCaseStatus(@Arg("input", () => SetCaseStatusInput) input: SetCaseStatusInput, @Ctx() ctx: Context) {
    return payload(ctx, await setCaseStatus(ctx, input));
  }

  @Mutation(() => AssignCasePayload, { description: "Hands a case to a colleague: regisseur, and the household's coordinator, from today." })
  async assignCase(@Arg("input", () => AssignCaseInput) input: AssignCaseInput, @Ctx() ctx: Context) {
    return payload(ctx, await assignCase(ctx, input));
  }

  @Mutation(() => AddCaseNotePayload)
  async addCaseNote(@Arg("input", () => AddCaseNoteInput) input: AddCaseNoteInput, @Ctx() ctx: Context) {
    return payload(ctx, await addCaseNote(ctx, input));
  }

  @Mutation(() => CloseCasePayload, { description: "Closes a case, saying what became of each of its open hits." })
  async closeCase(@Arg("input", () => CloseCaseInput) input: CloseCaseInput, @Ctx() ctx: Context) {
    return payload(ctx, await closeCase(ctx, input));
  }

  @Mutation(() => PlanConferencePayload)
  async planConference(@Arg("input", () => PlanConferenceInput) input: PlanConferenceInput, @Ctx() ctx: Context) {
    return payload(ctx, await planConference(ctx, input));
  }

  @Mutation(() => RecordConferencePayload, { description: "A case conference held: participants, the family, agreements, and the regisseur from then on." })
  async recordConference(@Arg("input", () => RecordConferenceInput) input: RecordConferenceInput, @Ctx() ctx: Context) {
    return payload(ctx, await recordConference(ctx, input));
  }

  @Mutation(() => AgreePlanPayload, { description: "The household's one plan: goals per ZRM domain, actions with owners and due dates." })
  async agreePlan(@Arg("input", () => AgreePlanInput) input: AgreePlanInput, @Ctx() ctx: Context) {
    return payload(ctx, await agreePlan(ctx, input));
  }

  @Mutation(() => UpdatePlanActionPayload)
  async updatePlanAction(@Arg("input", () => UpdatePlanActionInput) input: UpdatePlanActionInput, @Ctx() ctx: Context) {
    return payload(ctx, await updatePlanAction(ctx, input));
  }
}

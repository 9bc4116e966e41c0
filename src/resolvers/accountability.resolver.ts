import { Ctx, FieldResolver, Query, Resolver } from "type-graphql";
import { judgementFigures, type DetectorJudgement as Judgement } from "../accountability/judgement.service";
import { buildAlgoritmeregister, fairnessCurrency, publicationProblems } from "../accountability/algoritmeregister";
import { buildRegister, registerMarkdown } from "../accountability/register";
import { registerFacts } from "../accountability/register.service";
import { requireRole } from "../access/guard";
import { Role } from "../access/viewer";
import type { Context } from "../context";
import { DETECTORS } from "../detectors/registry";
import type { PatternKind } from "../detectors/types";
import { AlgorithmRegister, DetectorJudgement } from "../model/accountability.type";
import { PatternSummary } from "../model/pattern.type";

const READERS = [Role.ADMIN, Role.ANALYST];
const figures = (ctx: Context): Promise<Judgement[]> => judgementFigures(ctx.graph, Object.keys(DETECTORS) as PatternKind[], ctx.accountability.review);

@Resolver()
export class AccountabilityResolver {
  @Query(() => AlgorithmRegister, { description: "ADMIN, ANALYST: the Algorithm Register entry, with the human judgement of each rule and the latest fairness report." })
  async algorithmRegister(@Ctx() ctx: Context): Promise<AlgorithmRegister> {
    requireRole(ctx, READERS, "The register entry");
    const { judgement, fairness } = await registerFacts(ctx.graph, ctx.accountability.review);
    const entry = buildRegister(ctx.accountability, judgement);
    const v1 = buildAlgoritmeregister(ctx.accountability, judgement, fairness);
    return {
      json: entry, markdown: registerMarkdown(entry), missing: entry.ontbreekt,
      algoritmeregister: v1.entry,
      algoritmeregisterProblems: [...publicationProblems(v1).problems, ...[fairnessCurrency(fairness, ctx.today)].filter((p): p is string => p !== null)],
    };
  }
}

@Resolver(() => PatternSummary)
export class PatternSummaryJudgementResolver {
  @FieldResolver(() => [DetectorJudgement], { description: "ADMIN, ANALYST: per detector, what people decided about its hits." })
  judgement(@Ctx() ctx: Context): Promise<Judgement[]> {
    requireRole(ctx, READERS, "The judgement figures");
    return figures(ctx);
  }
}

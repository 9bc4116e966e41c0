import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { requireRole } from "../access/guard";
import { Role } from "../access/viewer";
import type { Context } from "../context";
import { fairnessReport } from "../fairness/fairness.service";
import { fairnessSummary } from "../fairness/report-text";
import { FairnessReport } from "../model/fairness.type";
import { DateScalar } from "../model/scalars";

@Resolver()
export class FairnessResolver {
  @Query(() => FairnessReport, { description: "ADMIN, ANALYST: whom each rule selects at a date (default today), per neighbourhood, household type, age of the youngest and eldest, and agencies involved. Counts only." })
  async fairnessReport(@Arg("asOf", () => DateScalar, { nullable: true, description: "The day to measure (default today)." }) asOf: string | null, @Ctx() ctx: Context): Promise<FairnessReport> {
    requireRole(ctx, [Role.ADMIN, Role.ANALYST], "The fairness report");
    const report = await fairnessReport(ctx.graph, asOf ?? ctx.today, ctx.accountability.fairness, (kind, frame) => ctx.liveHits.hits(ctx.graph, kind, frame, {}));
    return { ...report, detectors: report.detectors as FairnessReport["detectors"], summary: fairnessSummary(report) };
  }
}

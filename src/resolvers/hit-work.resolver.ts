import { Arg, Args, Ctx, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import { requireRole } from "../access/guard";
import { valueOrThrow } from "../cases/problems";
import type { Context } from "../context";
import { cypher } from "../graph/cypher";
import type { DetectionRunRecord } from "../hits/records";
import { startDetectionRun } from "../hits/run-request.service";
import { parseRun } from "../hits/run.service";
import { triageHit } from "../hits/triage.service";
import { Connection, PageArguments } from "../model/connection";
import { DetectionRun } from "../model/hit-work.type";
import { StartDetectionRunInput, StartDetectionRunPayload, TriagePatternHitInput, TriagePatternHitPayload } from "../model/hit-work-input.type";
import { PatternHit } from "../model/pattern.type";
import { pageAsked, toPage, type CursorShape } from "../read/paging";
import { PATTERN_ROLES, visible } from "../hits/visible.service";

const DetectionRunConnection = Connection("DetectionRun", DetectionRun, "detection runs", "newest first");
const RUNS: CursorShape = { list: "detectionRuns", key: ["int"] };

@Resolver()
export class HitWorkResolver {
  @Query(() => DetectionRunConnection, { description: "The detection runs, newest first. ADMIN, COORDINATOR, ANALYST." })
  async detectionRuns(
    @Ctx() ctx: Context,
    @Args() page: PageArguments,
  ) {
    requireRole(ctx, PATTERN_ROLES, "Detection runs");
    const asked = pageAsked(page, ctx.cursors, RUNS);
    const [row] = await ctx.graph.read(cypher("hits/queries/runs-page.cypher"), { cursorSeq: asked.cursor?.[0] ?? null, backward: asked.backward, limit: asked.limit + 1 });
    const runs = (row?.rows as Record<string, unknown>[]).map(parseRun);
    return toPage(runs, asked, row?.total as number, (r) => [r.seq], ctx.cursors, RUNS);
  }

  @Mutation(() => DetectionRun, { description: "ADMIN: runs the seven detectors over everyone now and stores their hits (waits for a run under way)." })
  async runDetection(@Ctx() ctx: Context): Promise<DetectionRunRecord> {
    return valueOrThrow(await startDetectionRun(ctx, null));
  }

  @Mutation(() => StartDetectionRunPayload, {
    description: "ADMIN: runs the seven detectors now, over everyone or the households named, and stores their hits (waits for a run under way); " +
      "runDetection with an input and userErrors. Another run that keeps the lock too long is a DETECTION_BUSY error.",
  })
  async startDetectionRun(
    @Ctx() ctx: Context,
    @Arg("input", () => StartDetectionRunInput, { nullable: true, description: "What to look at; leave out for everyone." }) input?: StartDetectionRunInput | null,
  ) {
    const run = await startDetectionRun(ctx, input?.householdIds);
    return { detectionRun: run.value, userErrors: run.userErrors };
  }

  @Mutation(() => PatternHit, { description: "COORDINATOR (the households it coordinates) or ADMIN: a stored hit's new status, kept as history and audited. Mistakes are refused as BAD_USER_INPUT errors." })
  async triageHit(@Args() a: TriagePatternHitInput, @Ctx() ctx: Context) {
    const [hit] = await visible(ctx, [valueOrThrow(await triageHit(ctx, a))]);
    return hit;
  }

  @Mutation(() => TriagePatternHitPayload, {
    description: "COORDINATOR (the households it coordinates) or ADMIN: a stored hit's new status, kept as history and audited; triageHit with an input, " +
      "its mistakes answered as userErrors.",
  })
  async triagePatternHit(@Arg("input", () => TriagePatternHitInput, { description: "The hit, its new status and why." }) input: TriagePatternHitInput, @Ctx() ctx: Context) {
    const triaged = await triageHit(ctx, input);
    const [hit] = triaged.value ? await visible(ctx, [triaged.value]) : [];
    return { hit: hit ?? null, userErrors: triaged.userErrors };
  }

  @Subscription(() => DetectionRun, {
    description: "Every finished detection run, with its counts of new and reopened hits per kind (over graphql-ws on /graphql). ADMIN, COORDINATOR, ANALYST.",
    subscribe: ({ context }) => {
      const ctx = context as Context;
      requireRole(ctx, PATTERN_ROLES, "Detection runs");
      return ctx.runs.subscribe();
    },
  })
  detectionRunFinished(@Root() run: DetectionRunRecord): DetectionRunRecord {
    return run;
  }
}

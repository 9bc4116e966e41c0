import { Repeater } from "@graphql-yoga/subscription";
import { cypher } from "../graph/cypher";
import type { Graph } from "../graph/gateway";
import { logger } from "../logger";
import type { DetectionRunRecord } from "./records";
import { parseRun } from "./run.service";

const AFTER = cypher("hits/queries/runs-after.cypher");

/**
 * Tells subscribers of every finished detection run. It learns of runs from the database, not from
 * its own memory, so a run by another API instance on the same Neo4j is announced too: it polls
 * for runs newer than the last it saw (and is nudged at once after a run of its own).
 */
export class RunWatcher {
  private lastSeq: number | null = null;
  private started = false;
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private readonly listeners = new Set<(run: DetectionRunRecord) => void>();

  constructor(private readonly graph: Graph, private readonly intervalMs: number) {}

  /** Every run that finishes from now on. */
  subscribe(): AsyncIterable<DetectionRunRecord> {
    this.start();
    return new Repeater<DetectionRunRecord>(async (push, stop) => {
      const listener = (run: DetectionRunRecord) => void push(run);
      this.listeners.add(listener);
      await stop;
      this.listeners.delete(listener);
    });
  }

  /** Looks for new runs now (after a run of this process's own). */
  poll(): Promise<void> {
    this.polling ??= this.check().finally(() => (this.polling = undefined));
    return this.polling;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.started = false;
  }

  /** Takes note of the newest run now, and announces every later one. */
  start(): void {
    if (this.started) return;
    this.started = true;
    void this.poll();
    this.timer = setInterval(() => void this.poll(), this.intervalMs);
    this.timer.unref();
  }

  private async check(): Promise<void> {
    try {
      const first = this.lastSeq === null;
      const rows = await this.graph.read(AFTER, { afterSeq: this.lastSeq });
      const runs = rows.map((r) => parseRun(r.run as Record<string, unknown>));
      this.lastSeq = runs.at(-1)?.seq ?? this.lastSeq ?? 0;
      if (first) return; // what had finished before anyone listened is no news
      for (const run of runs) for (const listener of this.listeners) listener(run);
    } catch (error) {
      logger.warn({ err: error instanceof Error ? error.name : "unknown" }, "detection run watch failed; trying again");
    }
  }
}

import { cypher } from "../graph/cypher";
import type { Graph } from "../graph/gateway";
import { logger } from "../logger";
import { auditEntriesCommitted } from "./audit";

const LINK = cypher("access/queries/audit-link-pending.cypher");
/** Entries linked per transaction. */
const BATCH = 500;

/**
 * Links audit entries to the persons and households they name (the `AuditSubject` nodes a
 * subject access request starts from). An answer waits only for its entry to be committed, not for
 * these links: they are made here, a moment later, many entries per transaction. An entry not
 * linked yet keeps its `AuditUnlinked` label, so nothing is lost to a crash or an outage: the next
 * pass, of this process or another, links it, and a subject access request links every pending
 * entry itself before it reads (`linkPending`).
 */
export class AuditLinker {
  private timer: NodeJS.Timeout | undefined;
  private pass: Promise<void> | undefined;
  private failing = false;
  /** This process's committed entries as of the last pass that went through (-1: none yet, so the first tick sweeps). */
  private linkedUpTo = -1;
  private quietTicks = 0;

  /**
   * Every `intervalMs` it links what this process appended since its last pass; when nothing was,
   * it asks the database only every `sweepEvery` ticks (for entries of other processes, or left by a crash).
   */
  constructor(private readonly graph: Graph, private readonly intervalMs: number, private readonly sweepEvery = 30) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.tick(), this.intervalMs);
    this.timer.unref();
  }

  private tick(): void {
    const committed = auditEntriesCommitted(this.graph);
    if (committed === this.linkedUpTo && ++this.quietTicks < this.sweepEvery) return;
    this.quietTicks = 0;
    void this.linkPass(committed);
  }

  /** Stops the passes; waits for one under way. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.settled();
  }

  /** Waits for a pass under way, if any. */
  async settled(): Promise<void> {
    await this.pass;
  }

  /** One pass, unless one is under way; a failure (the database away) is tried again at the next tick. */
  linkPass(committed = auditEntriesCommitted(this.graph)): Promise<void> {
    this.pass ??= linkPending(this.graph).then(
      () => {
        if (this.failing) logger.info("audit entries are linked to their subjects again");
        this.failing = false;
        this.linkedUpTo = committed;
      },
      (error: unknown) => {
        if (!this.failing) logger.warn({ err: error instanceof Error ? error.name : "unknown" }, "linking audit entries to their subjects failed; trying again");
        this.failing = true;
      },
    ).finally(() => (this.pass = undefined));
    return this.pass;
  }
}

/** Links the pending entries, a batch per transaction, until none is left; how many it linked. */
export async function linkPending(graph: Graph): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await graph.writeOnce(LINK, { limit: BATCH });
    const linked = (row?.linked as number | undefined) ?? 0;
    total += linked;
    if (linked < BATCH) return total;
  }
}

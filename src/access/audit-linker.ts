import { cypher } from "../graph/cypher";
import type { Graph } from "../graph/gateway";
import { logger } from "../logger";

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

  constructor(private readonly graph: Graph, private readonly intervalMs: number) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.linkPass(), this.intervalMs);
    this.timer.unref();
  }

  /** Stops the passes; waits for one under way. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.pass;
  }

  /** One pass, unless one is under way; a failure (the database away) is tried again at the next. */
  linkPass(): Promise<void> {
    this.pass ??= linkPending(this.graph).then(
      () => {
        if (this.failing) logger.info("audit entries are linked to their subjects again");
        this.failing = false;
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

import { logger } from "../logger";
import type { Availability } from "./availability";
import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from "./local-server";

/** Waits before the n-th restart in a row: 1, 2, 4, 8, 16, then every 30 seconds. */
export const backoffMs = (attempt: number): number => Math.min(30_000, 1000 * 2 ** attempt);

/**
 * Keeps the local Neo4j that this process owns running: when its process ends without being
 * asked to, the API is marked unavailable at once and the server is started again on the same
 * port (its clients keep their address) with backoff, until it answers. The log says what happened.
 */
export class LocalSupervisor {
  private stopping = false;
  private restarts = 0;

  constructor(
    private server: LocalNeo4j,
    private readonly options: LocalNeo4jOptions,
    private readonly availability: Availability,
    private readonly say: (line: string) => void,
  ) {
    if (server.owned) this.watch();
  }

  get current(): LocalNeo4j {
    return this.server;
  }

  /** Stops watching and stops the server (an ending asked for is not restarted). */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.server.stop();
  }

  private watch(): void {
    const watched = this.server;
    void watched.exited().then((how) => {
      if (this.stopping || watched !== this.server) return;
      logger.error({ how, pid: watched.pid }, "the local Neo4j stopped unexpectedly; restarting it");
      this.say(`Neo4j (pid ${watched.pid}) stopped unexpectedly (${how}); restarting it.`);
      this.availability.markDown(`local Neo4j ${how}`);
      void this.restart();
    });
  }

  private async restart(): Promise<void> {
    const port = Number(new URL(this.server.uri).port);
    for (;;) {
      if (this.stopping) return;
      const wait = backoffMs(this.restarts++);
      await new Promise((r) => setTimeout(r, wait));
      if (this.stopping) return;
      try {
        const started = Date.now();
        this.server = await startLocalNeo4j({ ...this.options, port, progress: () => undefined });
        if (this.stopping) {
          await this.server.stop();
          return;
        }
        logger.info({ pid: this.server.pid, ms: Date.now() - started }, "the local Neo4j is running again");
        this.say(`Neo4j is running again (pid ${this.server.pid}).`);
        this.restarts = 0;
        this.availability.markUp();
        this.watch();
        return;
      } catch (error) {
        logger.error({ err: error instanceof Error ? error.name : "unknown", attempt: this.restarts }, "restarting the local Neo4j failed; trying again");
      }
    }
  }
}

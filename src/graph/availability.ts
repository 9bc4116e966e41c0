import { logger } from "../logger";

type Listener = (up: boolean) => void;

/**
 * Whether Neo4j answers, as this process knows it. Marked down at the first sign (a driver error
 * saying so, a failed heartbeat, the local server's process ending) and then probed every second
 * until it answers again; while it is down the gateway refuses at once instead of letting each
 * request wait out the driver's retries.
 */
export class Availability {
  private up = true;
  private probing: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly probe: () => Promise<boolean>, private readonly probeMs = 1000) {}

  get isUp(): boolean {
    return this.up;
  }

  /** Calls back on every change (true: answering again). */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /**
   * The work's outcome, or `error()` the moment the database is marked down while it runs. The
   * listener goes when the work settles: racing every query against one long-lived promise would
   * keep every query's result alive.
   */
  guard<T>(work: Promise<T>, error: () => Error): Promise<T> {
    if (!this.up) return Promise.reject(error());
    return new Promise<T>((resolve, reject) => {
      const off = this.onChange((up) => up || reject(error()));
      work.then(
        (value) => {
          off();
          resolve(value);
        },
        (failure: unknown) => {
          off();
          reject(failure);
        },
      );
    });
  }

  markDown(reason: string): void {
    if (!this.up) return;
    this.up = false;
    logger.warn({ reason }, "database unavailable: answering 503 at once until it answers again");
    for (const l of [...this.listeners]) l(false);
    this.startProbing();
  }

  markUp(): void {
    if (this.up) return;
    this.up = true;
    clearInterval(this.probing);
    this.probing = undefined;
    logger.info("database available again");
    for (const l of [...this.listeners]) l(true);
  }

  /** While up, asks every `everyMs` whether it still answers (a server notices an outage without traffic). */
  watch(everyMs = 2000): void {
    if (this.heartbeat) return;
    let failed = 0; // two misses in a row: one slow answer on a busy machine is not an outage
    this.heartbeat = setInterval(() => {
      if (!this.up) return void (failed = 0);
      void this.probe().then((ok) => {
        failed = ok ? 0 : failed + 1;
        if (failed >= 2) this.markDown("heartbeat failed twice");
      });
    }, everyMs);
    this.heartbeat.unref();
  }

  stop(): void {
    clearInterval(this.heartbeat);
    clearInterval(this.probing);
    this.heartbeat = this.probing = undefined;
  }

  private startProbing(): void {
    if (this.probing) return;
    let busy = false;
    this.probing = setInterval(() => {
      if (busy) return;
      busy = true;
      void this.probe().then((ok) => ok && this.markUp()).finally(() => (busy = false));
    }, this.probeMs);
    this.probing.unref();
  }
}

import type { AuditAction } from "./access/audit";
import type { Config } from "./config";
import type { AccessPolicy } from "./access/policy";
import type { Viewer } from "./access/viewer";
import type { Graph } from "./graph/gateway";
import type { LiveHitCache } from "./hits/live-cache";
import type { RunWatcher } from "./hits/run-watch";
import type { Loaders } from "./read/loaders";
import type { Cursors } from "./read/paging";

/** Per-request context: who asks, this request's secured loaders, and the day it is answered on. */
export interface Context {
  graph: Graph;
  loaders: Loaders;
  today: string;
  /** The time zone `today` is the day in (the municipality's): a moment stored in UTC is dated in it. */
  timeZone: string;
  viewer: Viewer;
  access: AccessPolicy;
  cursors: Cursors;
  production: boolean;
  /** Live (custom-frame) hit lists shared by this server's requests, keyed by the data version. */
  liveHits: LiveHitCache;
  /** What the register entry and the review flag need from the configuration. */
  accountability: Pick<Config, "register" | "review" | "fairness">;
  /** Finished detection runs, as this server learns of them from the database. */
  runs: RunWatcher;
  /** Set once the operation is known: whether it touches personal data, and how to record it. */
  audit?: { personal: boolean; action: AuditAction; operation: string | null };
}

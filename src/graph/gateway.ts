import neo4j, { Neo4jError, type BookmarkManager, type Driver, type ManagedTransaction, type QueryResult, type SessionConfig } from "neo4j-driver";
import { DatabaseConflictError, DatabaseUnavailableError, InternalError } from "../errors";
import { logger } from "../logger";
import { Availability } from "./availability";
import { toNative, toParams } from "./convert";
import type { CypherQuery } from "./cypher";

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** A transaction handed to a unit of work: runs named queries, returns plain rows. */
export interface Tx {
  run(query: CypherQuery, params?: Params): Promise<Row[]>;
  /** Same, with the write counters (for import results). */
  runCounting(query: CypherQuery, params?: Params): Promise<{ rows: Row[]; nodesCreated: number; relationshipsCreated: number }>;
}

/** A write that would break a uniqueness constraint (another writer stored the same id first). */
export const CONSTRAINT_FAILED = "Neo.ClientError.Schema.ConstraintValidationFailed";

const UNAVAILABLE = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.ClientError.Security.AuthenticationRateLimit",
]);

/**
 * The one gateway to Neo4j. Only it opens sessions; it runs managed transactions (so the driver
 * retries transient failures), tags each with the query's name, converts values at the boundary
 * and maps driver errors to the project's errors.
 */
export class Graph {
  /** Whether the database answers; while it does not, every unit of work is refused at once. */
  readonly availability: Availability;

  constructor(
    protected readonly driver: Driver,
    protected readonly database: string | undefined,
    protected readonly timeoutMs: number,
    availability?: Availability,
    bookmarks?: BookmarkManager,
  ) {
    this.availability = availability ?? new Availability(() => this.ping());
    this.bookmarks = bookmarks ?? neo4j.bookmarkManager();
  }

  /**
   * One bookmark manager for every session of this gateway: on a cluster a read right after a
   * write (another session, maybe another server) waits until that server has the write.
   */
  readonly bookmarks: BookmarkManager;

  /** What every session is opened with: its access mode, the database and the shared bookmarks. */
  protected sessionConfig(mode: "READ" | "WRITE"): SessionConfig {
    return {
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
      ...(this.database ? { database: this.database } : {}),
    };
  }

  /**
   * A view of this gateway for one request: each read is a single auto-commit query (one round
   * trip; no BEGIN or ROLLBACK; the queries of one wave on pooled connections side by side), and
   * none is retried: while the database is away the request fails at once. Writes go as before.
   * (Neo4j reads committed data inside a transaction too, so a shared one bought no consistency:
   * with it, 8 clients got 390-440 dossiers/s; without, 450-510.)
   */
  forRequest(): RequestGraph {
    return new RequestGraph(this.driver, this.database, this.timeoutMs, this.availability, this.bookmarks, this);
  }

  /** The gateway this one is a view of (itself, unless a request's view): what is shared per process hangs on it. */
  get base(): Graph {
    return this;
  }

  static connect(uri: string, user: string, password: string, database: string | undefined, timeoutMs: number): Graph {
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
      // integers come as numbers, not Integer objects: every integer here (counts, seq, years, scores) is far below 2^53,
      // and decoding a page of 50 households' help into Integer objects (and their dates' fields) took a fifth of its CPU
      disableLosslessIntegers: true,
      // an unreachable server is known in seconds, not after the default 30 s of retries and 60 s of waiting for a connection
      connectionTimeout: 2000,
      connectionAcquisitionTimeout: 10_000,
      maxTransactionRetryTime: 5000,
      logging: { level: "warn", logger: (level, message) => logger[level === "warn" ? "warn" : "error"]({ neo4j: message }) },
    });
    return new Graph(driver, database, timeoutMs);
  }

  async ping(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity(this.database ? { database: this.database } : {});
      return true;
    } catch {
      return false;
    }
  }

  read(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    return this.readTx(query.name, (tx) => tx.run(query, params));
  }

  write(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    return this.writeTx(query.name, (tx) => tx.run(query, params));
  }

  /**
   * One statement that commits itself: a single round trip, where a managed transaction takes two.
   * Not retried: the caller decides what a failure means (its outcome may be unknown).
   */
  writeOnce(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    return this.autoCommitted("WRITE", query.name, (tx) => tx.run(query, params));
  }

  /**
   * A unit of work whose queries each commit themselves, one after another on one session: one
   * round trip a query, no BEGIN or COMMIT, nothing retried; refused at once while the database is away.
   */
  protected autoCommitted<T>(mode: "READ" | "WRITE", name: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    if (!this.availability.isUp) return Promise.reject(new DatabaseUnavailableError());
    const running = (async () => {
      const session = this.driver.session(this.sessionConfig(mode));
      const config = { metadata: { query: name }, timeout: this.timeoutMs };
      try {
        return await work(txOf((query, params) => session.run(query.text, params, config)));
      } catch (error) {
        throw this.mapError(error, name);
      } finally {
        await session.close();
      }
    })();
    return this.availability.guard(running, () => new DatabaseUnavailableError());
  }

  /** Several queries as one unit of work, all or nothing. */
  writeTx<T>(name: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transact("WRITE", name, work);
  }

  readTx<T>(name: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transact("READ", name, work);
  }

  /** Schema commands (constraints, indexes) must run outside explicit transactions. */
  async runSchema(query: CypherQuery, statement: string): Promise<void> {
    const session = this.driver.session(this.sessionConfig("WRITE"));
    try {
      await session.run(statement, {}, { metadata: { query: query.name } });
    } catch (error) {
      throw this.mapError(error, query.name);
    } finally {
      await session.close();
    }
  }

  /** PROFILE of one query (benchmarks): total db hits, rows, and the plan's operator names. */
  async profile(query: CypherQuery, params: Params = {}): Promise<{ dbHits: number; rows: number; operators: string[] }> {
    const session = this.driver.session(this.sessionConfig("READ"));
    try {
      const result = await session.run(`PROFILE ${query.text}`, toParams(params) as Params, { metadata: { query: query.name } });
      const operators: string[] = [];
      let dbHits = 0;
      const walk = (p: { operatorType: string; dbHits: number; children: unknown[] }): void => {
        operators.push(p.operatorType.replace(/@neo4j$/, ""));
        dbHits += p.dbHits;
        p.children.forEach((c) => walk(c as typeof p));
      };
      const plan = result.summary.profile;
      if (plan) walk(plan as unknown as { operatorType: string; dbHits: number; children: unknown[] });
      return { dbHits, rows: result.records.length, operators };
    } catch (error) {
      throw this.mapError(error, query.name);
    } finally {
      await session.close();
    }
  }

  close(): Promise<void> {
    this.availability.stop();
    return this.driver.close();
  }

  private async transact<T>(mode: "READ" | "WRITE", name: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session(this.sessionConfig(mode));
    const config = { metadata: { query: name }, timeout: this.timeoutMs };
    const started = Date.now();
    try {
      if (!this.availability.isUp) throw new DatabaseUnavailableError(); // known to be away: no wait
      const unit = (mtx: ManagedTransaction): Promise<T> => work(txOf((query, params) => mtx.run(query.text, params)));
      const running = mode === "READ" ? session.executeRead(unit, config) : session.executeWrite(unit, config);
      // work under way when the database goes away ends then, not after the driver's retries
      const result = await this.availability.guard(running, () => new DatabaseUnavailableError());
      logger.debug({ query: name, ms: Date.now() - started }, "query");
      return result;
    } catch (error) {
      throw this.mapError(error, name);
    } finally {
      await session.close();
    }
  }

  protected mapError(error: unknown, name: string): Error {
    if (error instanceof Neo4jError) {
      if (UNAVAILABLE.has(error.code)) {
        this.availability.markDown(error.code);
        logger.warn({ query: name, code: error.code }, "database unavailable");
        return new DatabaseUnavailableError();
      }
      // a deadlock or a lock not granted: the database is there, the work may be tried again (no outage)
      if (error.code.startsWith("Neo.TransientError")) {
        logger.warn({ query: name, code: error.code }, "transaction refused for now");
        return new DatabaseConflictError(error.code);
      }
      // The message may quote parameter values (personal data): log only the code. A constraint the
      // write ran into is a caller's to handle (an import writes again, merging): said, not alarmed.
      if (error.code === CONSTRAINT_FAILED) logger.warn({ query: name, code: error.code }, "constraint violated");
      else logger.error({ query: name, code: error.code }, "query failed");
      return new InternalError(error.code);
    }
    return error instanceof Error ? error : new InternalError();
  }
}

/**
 * A unit of work's queries, run by `run`, as plain rows. The driver records a stack trace for every
 * result, to attach to an error that may never come; we never show or log a driver's stack (only
 * its code), and formatting them cost about a twentieth of the API's CPU under load. So none is.
 */
function txOf(run: (query: CypherQuery, params: Params) => PromiseLike<QueryResult>): Tx {
  const start = (query: CypherQuery, params: Params): PromiseLike<QueryResult> => {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      return run(query, toParams(params) as Params);
    } finally {
      Error.stackTraceLimit = limit;
    }
  };
  return {
    run: async (query, params = {}) => rowsOf(await start(query, params)),
    runCounting: async (query, params = {}) => {
      const result = await start(query, params);
      const counters = result.summary.counters.updates();
      return { rows: rowsOf(result), nodesCreated: counters.nodesCreated, relationshipsCreated: counters.relationshipsCreated };
    },
  };
}

const rowsOf = (result: QueryResult): Row[] => result.records.map((r) => toNative(r.toObject()) as Row);

/** One request's view of the gateway: its reads are single queries (see Graph.forRequest). */
export class RequestGraph extends Graph {
  constructor(
    driver: Driver, database: string | undefined, timeoutMs: number, availability: Availability, bookmarks: BookmarkManager, private readonly parent: Graph,
  ) {
    super(driver, database, timeoutMs, availability, bookmarks);
  }

  override get base(): Graph {
    return this.parent;
  }

  override readTx<T>(name: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.autoCommitted("READ", name, work);
  }
}

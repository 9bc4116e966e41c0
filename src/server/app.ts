import type { Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express from "express";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import helmet from "helmet";
import { serveStatic } from "ruru/static";
import { auditPlugin } from "../access/audit.plugin";
import { AccessPolicy } from "../access/policy";
import type { CursorSeal, Pseudonyms } from "../access/pseudonyms";
import { secureLoaders } from "../access/secure-loaders";
import { purposeOf, type Verify } from "../access/tokens";
import { Role } from "../access/viewer";
import type { Config } from "../config";
import type { Context } from "../context";
import { todayIn } from "../dates";
import type { Graph } from "../graph/gateway";
import { logger } from "../logger";
import { LiveHitCache } from "../hits/live-cache";
import { RunWatcher } from "../hits/run-watch";
import { AuditLinker } from "../access/audit-linker";
import { createLoaders } from "../read/loaders";
import { Cursors } from "../read/paging";
import { buildBehangrolSchema } from "../schema";
import { appErrors, notFound, refuseRepeatedFields } from "./body-errors";
import { noBsnInUrls } from "./no-bsn-in-urls";
import { databaseGate } from "./database-gate";
import { costPlugin } from "./cost";
import { serveSubscriptions, type ContextFor } from "./websocket";
import { developmentClient } from "./loopback";
import { LIMITS, MAX_TOKENS } from "./limits";
import { countRefusals } from "./refusals";
import { PLAYGROUND_ASSETS, playgroundHtml } from "./playground";
import { serveSignIn, type SignInSettings } from "./sign-in";
import { serveWeb } from "./web";
import { heldToTrusted, notTrustedError, operationText, resolveDocumentIds, TrustedDocuments } from "./trusted-documents";

export interface AppSettings {
  timeZone: string;
  production: boolean;
  corsOrigins: string[];
  maxBodyBytes: number;
  playground: boolean;
  verify: Verify;
  pseudonyms: Pseudonyms;
  cursorSeal: CursorSeal;
  /** The register entry's configured texts and the review rule. */
  accountability: Pick<Config, "register" | "review" | "fairness">;
  /** How often to look for detection runs finished by any instance (for subscriptions). */
  runPollMs: number;
  /** The proxies whose forwarding headers are believed (Express's `trust proxy` list); none by default. */
  trustProxy: string[];
  /** Development only: headers the playground opens with (a token, a purpose), shown to loopback clients only. */
  playgroundHeaders?: Record<string, string>;
  /** The built web app, served at `/`. */
  webRoot: string;
  /** How the web app signs in. */
  signIn: SignInSettings;
}

/** How long a stop lets requests in flight finish: with the local Neo4j's stop (about 2 s), within Docker's 10 s grace. */
const STOP_GRACE_MS = 6000;

/**
 * A GET (or form-like POST) runs only with one of these headers. No browser sends them cross-site
 * without a CORS preflight: Apollo's two, and the two every client of this API sends anyway, so
 * urql's default GET works. `authorization` is safe because only a Bearer token signs in (no
 * cookie, and the Basic or Negotiate header a browser adds by itself is refused with 401).
 */
const CSRF_SAFE_HEADERS = ["x-apollo-operation-name", "apollo-require-preflight", "authorization", "x-purpose"];

/** How often audit entries are linked to their subjects (off the answers' path; a subject access request links first). */
const AUDIT_LINK_MS = 1000;


/** Express app: /graphql (API and, for browsers, the playground), the playground's assets, health checks. */
export async function createApp(graph: Graph, httpServer: Server, settings: AppSettings) {
  const schema = buildBehangrolSchema();
  const trusted = TrustedDocuments.load();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true, // who may introspect is decided per request (audit.plugin.ts)
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true, // no "did you mean" field suggestions
    allowBatchedHttpRequests: false,
    persistedQueries: false, // a hash that runs would tell one user which query text another sent
    csrfPrevention: { requestHeaders: CSRF_SAFE_HEADERS },
    validationRules: LIMITS,
    parseOptions: { maxTokens: MAX_TOKENS },
    formatError,
    plugins: [
      ApolloServerPluginLandingPageDisabled(), ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: STOP_GRACE_MS }),
      costPlugin, auditPlugin,
      // no cache hints and no federated traces here: without them no plugin wraps every field's resolver
      ApolloServerPluginCacheControlDisabled(), ApolloServerPluginInlineTraceDisabled(),
      { serverWillStart: async () => ({ drainServer: async () => { runs.stop(); await auditLinks.stop(); await subscriptions.dispose(); } }) },
    ],
  });
  const cursors = new Cursors(settings.cursorSeal);
  const liveHits = new LiveHitCache();
  const runs = new RunWatcher(graph, settings.runPollMs);
  runs.start();
  const auditLinks = new AuditLinker(graph, AUDIT_LINK_MS);
  auditLinks.start();
  /** A request's context: its reads go as single queries, failing fast while the database is away (Graph.forRequest). */
  const contextFor = (identity: Parameters<ContextFor>[0], purposeGiven: unknown, origin: string | null): Context => {
    // a purpose sent and refused is refused: it does not fall back on the token's claim
    const sent = typeof purposeGiven === "string" && purposeGiven.trim() !== "";
    const viewer = { ...identity, purpose: sent ? purposeOf(purposeGiven) : identity.purposeClaim, origin };
    const today = todayIn(settings.timeZone);
    const reads = graph.forRequest();
    const raw = createLoaders(reads);
    const access = new AccessPolicy(viewer, reads, raw, today, settings.pseudonyms);
    return { graph: reads, loaders: secureLoaders(raw, access), today, timeZone: settings.timeZone, viewer, access, cursors, production: settings.production, liveHits, runs, accountability: settings.accountability };
  };
  const subscriptions = serveSubscriptions(httpServer, schema, settings.verify, contextFor, settings.maxBodyBytes, { production: settings.production, documents: trusted });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  // forwarding headers (X-Forwarded-For, -Host, -Proto) count only from the configured proxies: else any client could set its origin
  app.set("trust proxy", settings.trustProxy.length ? settings.trustProxy : false);
  app.use(helmet({ contentSecurityPolicy: { directives: strictDirectives(settings) } }));
  app.use(cors({ origin: settings.corsOrigins.length ? settings.corsOrigins : false, allowedHeaders: ["authorization", "content-type", "x-purpose"] }));
  app.get("/health/live", (_req, res) => void res.json({ status: "live" }));
  let stopping = false;
  graph.availability.watch();
  app.get("/health/ready", async (_req, res) => {
    if (stopping) return void res.status(503).json({ status: "stopping" });
    const ready = graph.availability.isUp && (await graph.ping());
    if (!ready) graph.availability.markDown("readiness check failed");
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "database unavailable" });
  });
  // answers hold personal data (and the development playground a token): no copy in any cache
  app.use("/graphql", (_req, res, next) => void (res.setHeader("cache-control", "no-store"), next()));
  if (settings.playground) {
    const assets = serveStatic(PLAYGROUND_ASSETS); // wants the full URL path, so not mounted under a prefix
    app.use((req, res, next) => (req.path.startsWith(PLAYGROUND_ASSETS) ? assets(req, res, next) : next()));
    app.get("/graphql", (req, res, next) => {
      if (req.accepts(["application/json", "application/graphql-response+json", "text/html"]) !== "text/html") return next();
      // a ready token only for someone at this machine's own keyboard, never through a proxy
      res.setHeader("content-security-policy", playgroundPolicy(settings)); // the playground's inline config; the app stays strict
      res.type("html").send(playgroundHtml(developmentClient(req) ? settings.playgroundHeaders : undefined));
    });
  }
  app.use("/graphql", countRefusals());
  app.use("/graphql", noBsnInUrls());
  app.use("/graphql", databaseGate(graph));
  app.use(
    "/graphql",
    express.json({ limit: settings.maxBodyBytes, verify: refuseRepeatedFields }),
    resolveDocumentIds(trusted),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => {
        // outside production the playground may load the schema before its headers are sent
        const identity = !req.headers.authorization && !settings.production
          ? { userId: "anonymous", name: null, role: Role.ANALYST, agencyId: null, purposeClaim: null, anonymous: true }
          : await settings.verify(req.headers.authorization);
        // a role held to the workspace's own operations: anything else stops here, before it is parsed or validated
        if (heldToTrusted(settings.production, identity.role) && !trusted.has(operationText(req))) throw notTrustedError();
        return contextFor(identity, req.headers["x-purpose"], req.ip ?? null);
      },
    }),
  );
  serveSignIn(app, settings.signIn);
  serveWeb(app, settings.webRoot);
  app.use(notFound);
  app.use(appErrors);
  /** Not ready from now on (a stop has begun): the load balancer sends no more. */
  const markStopping = () => void (stopping = true);
  return { app, apollo, markStopping };
}

/** No inline script anywhere but the playground page; the browser talks to this origin and the identity provider only. */
function strictDirectives(settings: AppSettings) {
  return {
    "connect-src": ["'self'", ...(settings.signIn.oidc ? [new URL(settings.signIn.oidc.issuer).origin] : [])],
    "upgrade-insecure-requests": settings.production ? [] : null,
  };
}

function playgroundPolicy(settings: AppSettings): string {
  const directives = { ...helmet.contentSecurityPolicy.getDefaultDirectives(), ...strictDirectives(settings), "script-src": ["'self'", "'unsafe-inline'"], "worker-src": ["'self'", "blob:"] };
  return Object.entries(directives)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => [k, ...(v as Iterable<string>)].join(" "))
    .join(";");
}

/** No stack traces, no internals: unexpected errors become one fixed message (and are logged without data). */
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === "INTERNAL_SERVER_ERROR" && !(unwrap(error) instanceof GraphQLError)) {
    const original = unwrap(error);
    logger.error({ err: original instanceof Error ? original.name : typeof original, path: formatted.path }, "unexpected error");
    return { message: "Something went wrong on our side; it has been logged.", extensions: { code }, ...(formatted.path ? { path: formatted.path } : {}) };
  }
  return formatted;
}

function unwrap(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? error.originalError : error;
}

import type { Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { serveStatic } from "ruru/static";
import type { Context } from "../context";
import { todayIn } from "../dates";
import type { Graph } from "../graph/gateway";
import { logger } from "../logger";
import { createLoaders } from "../read/loaders";
import { buildBehangrolSchema } from "../schema";
import { PLAYGROUND_ASSETS, playgroundHtml } from "./playground";

export interface AppOptions {
  graph: Graph;
  timeZone: string;
  httpServer: Server;
}

/** Express app: /graphql (API and, for browsers, the playground), the playground's assets, health checks. */
export async function createApp({ graph, timeZone, httpServer }: AppOptions) {
  const apollo = new ApolloServer<Context>({
    schema: buildBehangrolSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError,
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.get("/health/live", (_req, res) => void res.json({ status: "live" }));
  app.get("/health/ready", async (_req, res) => {
    const ready = await graph.ping();
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "database unavailable" });
  });
  const assets = serveStatic(PLAYGROUND_ASSETS); // wants the full URL path, so not mounted under a prefix
  app.use((req, res, next) => (req.path.startsWith(PLAYGROUND_ASSETS) ? assets(req, res, next) : next()));
  app.get("/graphql", (req, res, next) => {
    if (req.accepts(["application/json", "application/graphql-response+json", "text/html"]) !== "text/html") return next();
    res.type("html").send(playgroundHtml());
  });
  app.use(
    "/graphql",
    express.json({ limit: "50mb" }),
    expressMiddleware(apollo, {
      context: async (): Promise<Context> => ({ graph, loaders: createLoaders(graph), today: todayIn(timeZone) }),
    }),
  );
  return { app, apollo };
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

import type { RequestHandler } from "express";
import { DatabaseUnavailableError, RETRY_AFTER_SECONDS } from "../errors";
import type { Graph } from "../graph/gateway";

/**
 * While the database is known to be away, a GraphQL request is answered 503 at once (with
 * Retry-After) instead of waiting on a database that is not there; health checks, the
 * playground page and the web app's files do not pass here and keep working.
 */
export function databaseGate(graph: Graph): RequestHandler {
  return (_req, res, next) => {
    if (graph.availability.isUp) return next();
    const error = new DatabaseUnavailableError();
    res.status(503).setHeader("retry-after", String(RETRY_AFTER_SECONDS));
    res.json({ errors: [{ message: error.message, extensions: { code: "DATABASE_UNAVAILABLE" } }] });
  };
}

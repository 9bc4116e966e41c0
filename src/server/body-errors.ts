import type { ErrorRequestHandler } from "express";
import { logger } from "../logger";

const MESSAGES: Record<number, string> = {
  400: "The request body could not be read as JSON.",
  413: "The request body is larger than this server accepts.",
  415: "This content type, encoding or character set is not supported: send JSON.",
};

/**
 * A request body that cannot be read (broken JSON, too large, an unknown encoding) is answered as
 * every other error on /graphql is: JSON, one fixed message, the right status. Neither the answer
 * nor the log holds any part of the body (body-parser keeps it on the error); the log says only
 * what kind of failure it was and how large the request said it was.
 */
export const bodyErrors: ErrorRequestHandler = (err: { status?: number; statusCode?: number; type?: string }, req, res, next) => {
  if (res.headersSent) return next(err);
  const given = err.status ?? err.statusCode ?? 500;
  const status = given === 413 || given === 415 ? given : given >= 400 && given < 500 ? 400 : 500;
  if (status === 500) {
    logger.error({ type: typeof err.type === "string" ? err.type : "unknown" }, "request failed before GraphQL");
    res.status(500).json({ errors: [{ message: "Something went wrong on our side; it has been logged.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
    return;
  }
  logger.warn({ type: typeof err.type === "string" ? err.type : "unknown", status, bytes: Number(req.headers["content-length"]) || null }, "unreadable request body");
  res.status(status).json({ errors: [{ message: MESSAGES[status], extensions: { code: "BAD_REQUEST" } }] });
};

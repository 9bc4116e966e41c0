import type { ErrorRequestHandler, RequestHandler } from "express";
import { logger } from "../logger";
import { repeatedKey } from "./repeated-keys";

const MESSAGES: Record<number, string> = {
  400: "The request body could not be read as JSON.",
  413: "The request body is larger than this server accepts.",
  415: "This content type, encoding or character set is not supported: send JSON.",
};

/** A body that gives one object a field twice: JSON.parse would keep the last without a word (the first list of a delivery lost). */
const REPEATED = "entity.repeated.field";

/** body-parser's check before it parses: refuses a body with a field given twice, saying which. */
export function refuseRepeatedFields(_req: unknown, _res: unknown, body: Buffer, encoding: string): void {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(encoding);
  } catch {
    // a utf-* body-parser would decode but the platform cannot (utf-32, utf-7): unsupported, as body-parser says of others
    throw Object.assign(new Error("unsupported charset"), { status: 415, type: "charset.unsupported" });
  }
  const field = repeatedKey(decoder.decode(body));
  if (field) throw Object.assign(new Error("a field given twice"), { status: 400, type: REPEATED, field });
}

/**
 * The app's one error handler, on every route: a request body that cannot be read (broken JSON,
 * too large, an unknown encoding, a field given twice), a missing file, or anything unexpected is
 * answered with a fixed message and the right status, never a stack trace or a path on this
 * machine. /graphql answers as every GraphQL error is answered; other routes with `{ error }`. The
 * log holds nothing the client sent (body-parser keeps the body on the error, a static file's error
 * the decoded URL, which could forge a log line): only the kind of failure and the size claimed.
 */
export const appErrors: ErrorRequestHandler = (err: { status?: number; statusCode?: number; type?: string; field?: string }, req, res, next) => {
  if (res.headersSent) return next(err);
  const given = err.status ?? err.statusCode ?? 500;
  const status = given === 404 || given === 413 || given === 415 ? given : given >= 400 && given < 500 ? 400 : 500;
  const type = typeof err.type === "string" && /^[a-z.]{1,40}$/.test(err.type) ? err.type : "unknown";
  const graphql = req.path === "/graphql";
  if (status === 500) {
    logger.error({ type }, "request failed before GraphQL");
    const message = "Something went wrong on our side; it has been logged.";
    res.status(500).json(graphql ? { errors: [{ message, extensions: { code: "INTERNAL_SERVER_ERROR" } }] } : { error: message });
    return;
  }
  if (status === 404) return void res.status(404).json({ error: "Not found." });
  logger.warn({ type, status, bytes: Number(req.headers["content-length"]) || null }, "unreadable request body");
  // the field's path is the sender's own text, said back to them only (the log has no part of the body)
  const message = err.type === REPEATED ? `The request body gives ${String(err.field)} twice; give each field once.` : (MESSAGES[status] as string);
  res.status(status).json(graphql ? { errors: [{ message, extensions: { code: "BAD_REQUEST" } }] } : { error: message });
};

/** What no route answers: a fixed 404 (Express's own would say the path back as HTML). */
export const notFound: RequestHandler = (_req, res) => void res.status(404).json({ error: "Not found." });

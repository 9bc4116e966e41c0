import type { ErrorRequestHandler } from "express";
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
 * A request body that cannot be read (broken JSON, too large, an unknown encoding, a field given
 * twice) is answered as every other error on /graphql is: JSON, a fixed message (with, for a field
 * given twice, that field's path), the right status. The log holds no part of the body (body-parser
 * keeps it on the error); it says only what kind of failure it was and how large the request said it was.
 */
export const bodyErrors: ErrorRequestHandler = (err: { status?: number; statusCode?: number; type?: string; field?: string }, req, res, next) => {
  if (res.headersSent) return next(err);
  const given = err.status ?? err.statusCode ?? 500;
  const status = given === 413 || given === 415 ? given : given >= 400 && given < 500 ? 400 : 500;
  if (status === 500) {
    logger.error({ type: typeof err.type === "string" ? err.type : "unknown" }, "request failed before GraphQL");
    res.status(500).json({ errors: [{ message: "Something went wrong on our side; it has been logged.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
    return;
  }
  logger.warn({ type: typeof err.type === "string" ? err.type : "unknown", status, bytes: Number(req.headers["content-length"]) || null }, "unreadable request body");
  // the field's path is the sender's own text, said back to them only (the log has no part of the body)
  const message = err.type === REPEATED ? `The request body gives ${String(err.field)} twice; give each field once.` : MESSAGES[status];
  res.status(status).json({ errors: [{ message, extensions: { code: "BAD_REQUEST" } }] });
};

import type { RequestHandler } from "express";

/**
 * A BSN travels in a request's body, never in its URL: a URL is written to proxy and server access
 * logs and to browser history. A GET that asks `personByBsn` (its query, or its variables, in the
 * address) is refused before anything reads it, and the refusal does not repeat the address.
 */
export function noBsnInUrls(): RequestHandler {
  return (req, res, next) => {
    // the query as Express decoded it (a field name cannot be escaped in GraphQL), and the raw address for good measure
    if (req.method !== "GET" || !/personByBsn/.test(`${String(req.query.query ?? "")} ${req.originalUrl}`)) return next();
    res.status(400).json({
      errors: [{ message: "personByBsn takes a BSN: send it in the body of a POST, never in an address (addresses are logged)", extensions: { code: "BAD_USER_INPUT" } }],
    });
  };
}

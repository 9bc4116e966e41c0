import type { RequestHandler } from "express";
import { logger } from "../logger";

const WINDOW_MS = 10 * 60_000;
const MAX_ORIGINS = 10_000;

/**
 * Requests refused with 401 never reach the audit trail (there is no user to record), so they are
 * counted per origin here and logged with the count in the last ten minutes: a security officer
 * can see a brute-force attempt. No token, header or body is logged.
 */
export function countRefusals(): RequestHandler {
  const seen = new Map<string, { since: number; count: number }>();
  return (req, res, next) => {
    res.on("finish", () => {
      if (res.statusCode !== 401) return;
      const origin = req.ip ?? "unknown";
      const now = Date.now();
      if (seen.size >= MAX_ORIGINS) seen.clear();
      const entry = seen.get(origin);
      const current = entry && now - entry.since < WINDOW_MS ? { since: entry.since, count: entry.count + 1 } : { since: now, count: 1 };
      seen.set(origin, current);
      logger.warn({ origin, refusedInWindow: current.count, windowMinutes: WINDOW_MS / 60_000 }, "unauthenticated request refused");
    });
    next();
  };
}

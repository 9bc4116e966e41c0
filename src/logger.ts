import pino from "pino";

/**
 * Structured logs. Never pass personal data (names, descriptions, ids of persons or households):
 * log query names, counts and durations only.
 */
export const logger = pino({
  level: "info", // main.ts sets the configured level
  base: { service: "behangrol" },
  redact: { paths: ["*.password", "*.authorization", "req.headers.authorization"], remove: true },
});

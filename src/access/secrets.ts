import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Config } from "../config";

export interface Secrets {
  jwtSecret: string | undefined;
  pseudonymKey: string;
  /** keys the hash of a BSN (src/access/bsn.ts); in production only when BSN_KEY is set */
  bsnKey: string | undefined;
}

/**
 * The configured secrets; outside production, the missing ones are generated once and kept in
 * `<dataDir>/dev-secrets.json` (mode 600), so dev tokens and pseudonyms survive restarts.
 */
export function resolveSecrets(config: Config): Secrets {
  if (config.production) return { jwtSecret: config.auth.jwtSecret, pseudonymKey: config.pseudonymKey as string, bsnKey: config.bsnKey };
  const file = path.join(config.dataDir, "dev-secrets.json");
  const generated = (): string => crypto.randomBytes(32).toString("base64url");
  let stored: { jwtSecret: string; pseudonymKey: string; bsnKey?: string } | undefined;
  if (fs.existsSync(file)) stored = JSON.parse(fs.readFileSync(file, "utf8"));
  // a file written before the BSN key existed gets one added; the other secrets stay as they were
  if (!stored || !stored.bsnKey) {
    stored = { jwtSecret: stored?.jwtSecret ?? generated(), pseudonymKey: stored?.pseudonymKey ?? generated(), bsnKey: generated() };
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(stored), { mode: 0o600 });
  }
  return {
    jwtSecret: config.auth.jwksUrl ? config.auth.jwtSecret : (config.auth.jwtSecret ?? stored.jwtSecret),
    pseudonymKey: config.pseudonymKey ?? stored.pseudonymKey,
    bsnKey: config.bsnKey ?? (stored.bsnKey as string),
  };
}

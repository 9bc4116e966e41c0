import { CursorSeal, Pseudonyms } from "../access/pseudonyms";
import type { Secrets } from "../access/secrets";
import { createVerifier } from "../access/tokens";
import type { Role } from "../access/viewer";
import type { Config } from "../config";
import type { AppSettings } from "./app";

/** The app's settings from the configuration and the installation's secrets. */
export function appSettings(config: Config, secrets: Pick<Secrets, "jwtSecret" | "pseudonymKey">, playgroundHeaders?: Record<string, string>, developmentTokens?: Record<Role, string>): AppSettings {
  return {
    timeZone: config.timeZone,
    production: config.production,
    corsOrigins: config.corsOrigins,
    trustProxy: config.trustProxy,
    maxBodyBytes: config.maxBodyBytes,
    playground: config.playground,
    runPollMs: config.detectionPollMs,
    accountability: { register: config.register, review: config.review, fairness: config.fairness },
    verify: createVerifier(config, secrets.jwtSecret),
    pseudonyms: new Pseudonyms(secrets.pseudonymKey),
    cursorSeal: new CursorSeal(secrets.pseudonymKey),
    ...(playgroundHeaders ? { playgroundHeaders } : {}),
    webRoot: config.webRoot,
    signIn: {
      ...(config.oidc ? { oidc: config.oidc } : {}),
      ...(developmentTokens && config.playgroundTokens ? { developmentTokens } : {}),
    },
  };
}

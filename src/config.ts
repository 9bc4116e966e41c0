import fs from "node:fs";
import path from "node:path";
import { isLoopbackHost } from "./server/loopback";

/** Typed settings from the environment. The only module that reads process.env. */
export interface Config {
  port: number;
  host: string;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** An existing server; when absent a local Neo4j is started under dataDir. */
  neo4j: { uri: string; user: string; password: string; database: string | undefined } | undefined;
  dataDir: string;
  localNeo4j: { heap: string; pageCache: string };
  queryTimeoutMs: number;
  seedStoriesOnEmpty: boolean;
  timeZone: string;
  production: boolean;
  auth: {
    /** HS256 shared secret (one installation); unset in development: a generated one under dataDir. */
    jwtSecret: string | undefined;
    /** The identity provider's key set; with it, issuer and audience are required. */
    jwksUrl: string | undefined;
    issuer: string | undefined;
    audience: string | undefined;
  };
  /** Key for pseudonyms and cursors; unset in development: a generated one under dataDir. */
  pseudonymKey: string | undefined;
  corsOrigins: string[];
  maxBodyBytes: number;
  playground: boolean;
  /** What only the municipality knows, for the Algorithm Register entry; unset: marked missing. */
  register: { organisation?: string; contact?: string; legalBasis?: string; dpiaUrl?: string; objectionProcedure?: string };
  /** A detector is flagged for review when more than this share of its judged hits were dismissed as not a concern. */
  review: { notAConcernShare: number; minJudged: number };
  /** How long records (after they ended) and audit entries are kept, in years; applied by `npm run retention`. */
  retention: { dataYears: number; auditYears: number };
  /** How often each API instance looks for detection runs finished by any instance. */
  detectionPollMs: number;
  /** Development tokens in the playground page and the web app's sign-in (to loopback clients only); off in production. */
  playgroundTokens: boolean;
  /** The web app's sign-in at the identity provider (authorization code with PKCE); unset: development sign-in only. */
  oidc: { issuer: string; clientId: string; scope: string } | undefined;
  /** The built web app (index.html and its assets), served at `/`. */
  webRoot: string;
}

export class ConfigError extends Error {}

export const projectRoot = findProjectRoot(__dirname);

function findProjectRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return n;
  };
  const size = (name: string, fallback: string): string => {
    const raw = env[name] ?? fallback;
    if (!/^\d+[kmg]$/i.test(raw)) problems.push(`${name} must be a size like 512m or 2g, got "${raw}"`);
    return raw;
  };
  const share = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0 || n > 1) {
      problems.push(`${name} must be a share from 0 to 1, got "${raw}"`);
      return fallback;
    }
    return n;
  };
  const levels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
  const logLevel = (env.LOG_LEVEL ?? "info") as Config["logLevel"];
  if (!levels.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${levels.join(", ")}, got "${logLevel}"`);

  let neo4j: Config["neo4j"];
  if (env.NEO4J_URI) {
    if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(env.NEO4J_URI)) {
      problems.push("NEO4J_URI must start with bolt://, neo4j://, bolt+s://, neo4j+s:// (or +ssc)");
    }
    if (!env.NEO4J_PASSWORD) problems.push("NEO4J_PASSWORD is required when NEO4J_URI is set");
    neo4j = {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? "neo4j",
      password: env.NEO4J_PASSWORD ?? "",
      database: env.NEO4J_DATABASE || undefined,
    };
  }

  const production = env.NODE_ENV === "production";
  const auth = {
    jwtSecret: env.AUTH_JWT_SECRET || undefined,
    jwksUrl: env.AUTH_JWKS_URL || undefined,
    issuer: env.AUTH_ISSUER || undefined,
    audience: env.AUTH_AUDIENCE || undefined,
  };
  if (auth.jwtSecret && auth.jwtSecret.length < 32) problems.push("AUTH_JWT_SECRET must be at least 32 characters");
  if (auth.jwksUrl && (!auth.issuer || !auth.audience)) problems.push("AUTH_JWKS_URL needs AUTH_ISSUER and AUTH_AUDIENCE");
  const oidcIssuer = env.OIDC_ISSUER || auth.issuer;
  let oidc: Config["oidc"];
  if (env.OIDC_CLIENT_ID) {
    if (!oidcIssuer) problems.push("OIDC_CLIENT_ID needs OIDC_ISSUER (or AUTH_ISSUER)");
    else if (auth.issuer && oidcIssuer !== auth.issuer) problems.push("OIDC_ISSUER must be the issuer the API trusts (AUTH_ISSUER)");
    else oidc = { issuer: oidcIssuer, clientId: env.OIDC_CLIENT_ID, scope: env.OIDC_SCOPE || "openid profile" };
  } else if (env.OIDC_ISSUER) problems.push("OIDC_ISSUER needs OIDC_CLIENT_ID");
  if (production && !auth.jwtSecret && !auth.jwksUrl) problems.push("NODE_ENV=production needs AUTH_JWT_SECRET or AUTH_JWKS_URL");
  if (env.PSEUDONYM_KEY && env.PSEUDONYM_KEY.length < 32) problems.push("PSEUDONYM_KEY must be at least 32 characters");
  if (production && !env.PSEUDONYM_KEY) problems.push("NODE_ENV=production needs PSEUDONYM_KEY (pseudonyms must survive restarts)");

  const config: Config = {
    port: int("PORT", 4000, 0, 65535),
    host: env.HOST ?? "127.0.0.1",
    logLevel,
    neo4j,
    dataDir: path.resolve(projectRoot, env.BEHANGROL_DATA_DIR ?? ".data"),
    localNeo4j: { heap: size("NEO4J_LOCAL_HEAP", "1g"), pageCache: size("NEO4J_LOCAL_PAGECACHE", "512m") },
    queryTimeoutMs: int("NEO4J_QUERY_TIMEOUT_MS", 60000, 100, 3600000),
    seedStoriesOnEmpty: (env.SEED_STORIES ?? "true") !== "false",
    timeZone: env.TZ_BEHANGROL ?? "Europe/Amsterdam",
    production,
    auth,
    pseudonymKey: env.PSEUDONYM_KEY || undefined,
    corsOrigins: (env.CORS_ORIGINS ?? "").split(",").map((o) => o.trim()).filter(Boolean),
    maxBodyBytes: int("MAX_BODY_BYTES", 10 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    playground: (env.PLAYGROUND ?? (production ? "false" : "true")) === "true",
    playgroundTokens: false,
    oidc,
    webRoot: path.resolve(projectRoot, env.WEB_ROOT ?? "dist/web"),
    detectionPollMs: int("DETECTION_POLL_MS", 3000, 100, 600000),
    register: Object.fromEntries(([
      ["organisation", "REGISTER_ORGANISATION"], ["contact", "REGISTER_CONTACT"], ["legalBasis", "REGISTER_LEGAL_BASIS"],
      ["dpiaUrl", "REGISTER_DPIA_URL"], ["objectionProcedure", "REGISTER_OBJECTION_PROCEDURE"],
    ] as const).flatMap(([key, name]) => (env[name]?.trim() ? [[key, env[name]?.trim()]] : []))),
    review: { notAConcernShare: share("REVIEW_NOT_A_CONCERN_SHARE", 0.3), minJudged: int("REVIEW_MIN_JUDGED", 10, 1, 1_000_000) },
    retention: { dataYears: int("RETENTION_DATA_YEARS", 20, 1, 200), auditYears: int("RETENTION_AUDIT_YEARS", 5, 1, 200) },
  };
  const loopbackHost = isLoopbackHost(config.host);
  const tokensAsked = env.PLAYGROUND_TOKENS;
  if (tokensAsked !== undefined && tokensAsked !== "true" && tokensAsked !== "false") problems.push(`PLAYGROUND_TOKENS must be true or false, got "${tokensAsked}"`);
  if (production && tokensAsked === "true") problems.push("PLAYGROUND_TOKENS=true is not allowed with NODE_ENV=production");
  config.playgroundTokens = !production && config.playground && (tokensAsked === undefined ? loopbackHost : tokensAsked === "true");
  if (problems.length) throw new ConfigError(`Invalid configuration:\n  - ${problems.join("\n  - ")}`);
  return config;
}

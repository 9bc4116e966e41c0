import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import {
  emailOrHttpsUrl, flag, httpsUrl, list, neo4jUri, oneOf, optional, proxies, ratio, secret, share, size, timeOfDayOrOff, timeZone, titledLinks, wholeNumber, withDefault, yearMonth,
} from "./config-schema";
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
  bsnKey: string | undefined;
  corsOrigins: string[];
  /** The proxies whose X-Forwarded-For, X-Forwarded-Host and Forwarded headers are believed (Express's `trust proxy` list); empty: nobody's. */
  trustProxy: string[];
  maxBodyBytes: number;
  playground: boolean;
  /** What only the municipality knows, for the Algorithm Register entry; unset: marked missing (or left out where v1.0 lets it be empty). */
  register: RegisterSettings;
  /** A detector is flagged for review when more than this share of its judged hits were dismissed as not a concern. */
  review: { notAConcernShare: number; minJudged: number };
  /** How long records (after they ended) and audit entries are kept, in years; applied by `npm run retention`. */
  retention: { dataYears: number; auditYears: number };
  /** The fairness report's rule (src/fairness/measure.ts): the four-fifths band, the smallest group shown, the chance allowed. */
  fairness: { minRatio: number; maxRatio: number; minGroup: number; maxP: number };
  /** How often each API instance looks for detection runs finished by any instance. */
  detectionPollMs: number;
  /** HH:MM in timeZone: when the server runs the day's full detection; null: it does not. */
  dailyDetectionAt: string | null;
  /** Development tokens in the playground page and the web app's sign-in (to loopback clients only); off in production. */
  playgroundTokens: boolean;
  /** The web app's sign-in at the identity provider (authorization code with PKCE); unset: development sign-in only. */
  oidc: { issuer: string; clientId: string; scope: string } | undefined;
  /** The built web app (index.html and its assets), served at `/`. */
  webRoot: string;
}

/** The permitted values of the Algorithm Register's v1.0 (standards/algoritmeregister-1.0/v1_0.json; a test keeps them equal). */
export const REGISTER_STATUSES = ["In ontwikkeling", "In gebruik", "Buiten gebruik"] as const;
export const REGISTER_PUBLICATION_CATEGORIES = ["Hoog-risico AI-systeem", "Impactvolle algoritmes", "Overige algoritmes"] as const;

export interface RegisterSettings {
  organisation?: string;
  /** A general e-mail address or an https:// page. */
  contact?: string;
  legalBasis?: string;
  dpiaUrl?: string;
  objectionProcedure?: string;
  status?: (typeof REGISTER_STATUSES)[number];
  publicationCategory?: (typeof REGISTER_PUBLICATION_CATEGORIES)[number];
  /** YYYY-MM */
  beginDate?: string;
  endDate?: string;
  iamaUrl?: string;
  lawfulBasisLinks?: { title: string; link: string }[];
  processIndexUrl?: string;
  website?: string;
  url?: string;
  provider?: string;
  publiccode?: string;
  sourceId?: string;
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

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** Every variable behangrol reads, what it must hold and its default. Unknown variables are ignored. */
const environment = z.object({
  PORT: withDefault(wholeNumber(0, 65535), 4000),
  HOST: withDefault(z.string(), "127.0.0.1"),
  LOG_LEVEL: withDefault(oneOf(LOG_LEVELS), "info"),
  NODE_ENV: optional(z.string()),
  NEO4J_URI: optional(neo4jUri()),
  NEO4J_USER: withDefault(z.string(), "neo4j"),
  NEO4J_PASSWORD: optional(z.string()),
  NEO4J_DATABASE: optional(z.string()),
  NEO4J_QUERY_TIMEOUT_MS: withDefault(wholeNumber(100, 3_600_000), 60_000),
  BEHANGROL_DATA_DIR: withDefault(z.string(), ".data"),
  NEO4J_LOCAL_HEAP: withDefault(size(), "1g"),
  NEO4J_LOCAL_PAGECACHE: withDefault(size(), "512m"),
  SEED_STORIES: withDefault(flag(), true),
  TZ_BEHANGROL: withDefault(timeZone(), "Europe/Amsterdam"),
  AUTH_JWT_SECRET: optional(secret(32)),
  AUTH_JWKS_URL: optional(z.string()),
  AUTH_ISSUER: optional(z.string()),
  AUTH_AUDIENCE: optional(z.string()),
  PSEUDONYM_KEY: optional(secret(32)),
  /** keys the hash a person is found by from a BSN (docs/messages.md); never the pseudonym key, so either can be rotated alone */
  BSN_KEY: optional(secret(32)),
  CORS_ORIGINS: withDefault(list(), []),
  TRUST_PROXY: withDefault(proxies(), []),
  MAX_BODY_BYTES: withDefault(wholeNumber(1024, 1024 * 1024 * 1024), 10 * 1024 * 1024),
  /** Default: on, except with NODE_ENV=production. */
  PLAYGROUND: optional(flag()),
  /** Default: on when HOST is loopback; never with NODE_ENV=production. */
  PLAYGROUND_TOKENS: optional(flag()),
  OIDC_ISSUER: optional(z.string()),
  OIDC_CLIENT_ID: optional(z.string()),
  OIDC_SCOPE: withDefault(z.string(), "openid profile"),
  WEB_ROOT: withDefault(z.string(), "dist/web"),
  DETECTION_POLL_MS: withDefault(wholeNumber(100, 600_000), 3000),
  /** When the server runs the day's full detection (time passing changes hits), in TZ_BEHANGROL; off: never (npm run detect from cron). */
  DETECTION_DAILY_AT: withDefault(timeOfDayOrOff(), "02:30"),
  REGISTER_ORGANISATION: optional(z.string().trim()),
  REGISTER_CONTACT: optional(emailOrHttpsUrl()),
  REGISTER_LEGAL_BASIS: optional(z.string().trim()),
  REGISTER_DPIA_URL: optional(httpsUrl()),
  REGISTER_OBJECTION_PROCEDURE: optional(z.string().trim()),
  REGISTER_STATUS: optional(oneOf(REGISTER_STATUSES)),
  REGISTER_PUBLICATION_CATEGORY: optional(oneOf(REGISTER_PUBLICATION_CATEGORIES)),
  REGISTER_BEGIN_DATE: optional(yearMonth()),
  REGISTER_END_DATE: optional(yearMonth()),
  REGISTER_IAMA_URL: optional(httpsUrl()),
  REGISTER_LAWFUL_BASIS_LINKS: optional(titledLinks()),
  REGISTER_PROCESS_INDEX_URL: optional(httpsUrl()),
  REGISTER_WEBSITE: optional(httpsUrl()),
  REGISTER_URL: optional(httpsUrl()),
  REGISTER_PROVIDER: optional(z.string().trim()),
  REGISTER_PUBLICCODE: optional(httpsUrl()),
  REGISTER_SOURCE_ID: optional(z.string().trim()),
  REVIEW_NOT_A_CONCERN_SHARE: withDefault(share(), 0.3),
  REVIEW_MIN_JUDGED: withDefault(wholeNumber(1, 1_000_000), 10),
  RETENTION_DATA_YEARS: withDefault(wholeNumber(1, 200), 20),
  RETENTION_AUDIT_YEARS: withDefault(wholeNumber(1, 200), 5),
  /** the four-fifths rule: a group selected at under 0.8 (or over 1 / 0.8) times the rate of all households is flagged */
  FAIRNESS_MIN_RATIO: withDefault(share(), 0.8),
  /** default 1 / FAIRNESS_MIN_RATIO */
  FAIRNESS_MAX_RATIO: optional(ratio()),
  /** never under 10: a smaller group could single a family out */
  FAIRNESS_MIN_GROUP: withDefault(wholeNumber(10, 1_000_000), 10),
  /** a difference outside the band is flagged unless chance explains it this often (Holm, per rule); 1: the band alone */
  FAIRNESS_MAX_P: withDefault(share(), 0.05),
})
  // Runs even when a variable above was refused (`when`), so every problem is listed at once; it reads
  // only variables that stay strings either way, and flags only by `=== true`.
  .superRefine((e, ctx) => {
    const problem = (name: keyof typeof e, message: string) => ctx.addIssue({ code: "custom", path: [name], message });
    const production = e.NODE_ENV === "production";
    if (e.NEO4J_URI && !e.NEO4J_PASSWORD) problem("NEO4J_PASSWORD", "is required when NEO4J_URI is set");
    if (e.AUTH_JWKS_URL && !e.AUTH_ISSUER) problem("AUTH_ISSUER", "is required when AUTH_JWKS_URL is set");
    if (e.AUTH_JWKS_URL && !e.AUTH_AUDIENCE) problem("AUTH_AUDIENCE", "is required when AUTH_JWKS_URL is set");
    if (e.OIDC_CLIENT_ID) {
      if (!e.OIDC_ISSUER && !e.AUTH_ISSUER) problem("OIDC_ISSUER", "(or AUTH_ISSUER) is required when OIDC_CLIENT_ID is set");
      else if (e.OIDC_ISSUER && e.AUTH_ISSUER && e.OIDC_ISSUER !== e.AUTH_ISSUER) {
        problem("OIDC_ISSUER", `must be the issuer the API trusts (AUTH_ISSUER ${JSON.stringify(e.AUTH_ISSUER)}), got ${JSON.stringify(e.OIDC_ISSUER)}`);
      }
    } else if (e.OIDC_ISSUER) problem("OIDC_CLIENT_ID", "is required when OIDC_ISSUER is set");
    if (production && !e.AUTH_JWT_SECRET && !e.AUTH_JWKS_URL) problem("AUTH_JWT_SECRET", "or AUTH_JWKS_URL is required with NODE_ENV=production");
    if (production && !e.PSEUDONYM_KEY) problem("PSEUDONYM_KEY", "is required with NODE_ENV=production (pseudonyms must survive restarts)");
    if (production && e.PLAYGROUND_TOKENS === true) {
      problem("PLAYGROUND_TOKENS", "must be false or unset: development tokens are not allowed with NODE_ENV=production");
    }
    // v1.0: "Als het algoritme nog in gebruik is, moet dit veld leegblijven"
    if (e.REGISTER_END_DATE && e.REGISTER_STATUS !== "Buiten gebruik") problem("REGISTER_END_DATE", "must stay unset unless REGISTER_STATUS is Buiten gebruik");
    if (typeof e.REGISTER_END_DATE === "string" && typeof e.REGISTER_BEGIN_DATE === "string" && e.REGISTER_END_DATE < e.REGISTER_BEGIN_DATE) {
      problem("REGISTER_END_DATE", `must not be before REGISTER_BEGIN_DATE (${e.REGISTER_BEGIN_DATE}), got ${JSON.stringify(e.REGISTER_END_DATE)}`);
    }
  }, { when: () => true })
  .transform((e): Config => {
    const production = e.NODE_ENV === "production";
    const playground = e.PLAYGROUND ?? !production;
    const oidcIssuer = e.OIDC_ISSUER ?? e.AUTH_ISSUER;
    const register = {
      organisation: e.REGISTER_ORGANISATION, contact: e.REGISTER_CONTACT, legalBasis: e.REGISTER_LEGAL_BASIS,
      dpiaUrl: e.REGISTER_DPIA_URL, objectionProcedure: e.REGISTER_OBJECTION_PROCEDURE,
      status: e.REGISTER_STATUS, publicationCategory: e.REGISTER_PUBLICATION_CATEGORY, beginDate: e.REGISTER_BEGIN_DATE,
      endDate: e.REGISTER_END_DATE, iamaUrl: e.REGISTER_IAMA_URL, lawfulBasisLinks: e.REGISTER_LAWFUL_BASIS_LINKS,
      processIndexUrl: e.REGISTER_PROCESS_INDEX_URL, website: e.REGISTER_WEBSITE, url: e.REGISTER_URL,
      provider: e.REGISTER_PROVIDER, publiccode: e.REGISTER_PUBLICCODE, sourceId: e.REGISTER_SOURCE_ID,
    };
    return {
      port: e.PORT,
      host: e.HOST,
      logLevel: e.LOG_LEVEL,
      neo4j: e.NEO4J_URI
        ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD ?? "", database: e.NEO4J_DATABASE }
        : undefined,
      dataDir: path.resolve(projectRoot, e.BEHANGROL_DATA_DIR),
      localNeo4j: { heap: e.NEO4J_LOCAL_HEAP, pageCache: e.NEO4J_LOCAL_PAGECACHE },
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
      seedStoriesOnEmpty: e.SEED_STORIES,
      timeZone: e.TZ_BEHANGROL,
      production,
      auth: { jwtSecret: e.AUTH_JWT_SECRET, jwksUrl: e.AUTH_JWKS_URL, issuer: e.AUTH_ISSUER, audience: e.AUTH_AUDIENCE },
      pseudonymKey: e.PSEUDONYM_KEY,
      bsnKey: e.BSN_KEY,
      corsOrigins: e.CORS_ORIGINS,
      trustProxy: e.TRUST_PROXY,
      maxBodyBytes: e.MAX_BODY_BYTES,
      playground,
      // behind a proxy every client seems to come from loopback: no development tokens there
      playgroundTokens: !production && playground && !e.TRUST_PROXY.length && (e.PLAYGROUND_TOKENS ?? isLoopbackHost(e.HOST)),
      oidc: e.OIDC_CLIENT_ID && oidcIssuer ? { issuer: oidcIssuer, clientId: e.OIDC_CLIENT_ID, scope: e.OIDC_SCOPE } : undefined,
      webRoot: path.resolve(projectRoot, e.WEB_ROOT),
      detectionPollMs: e.DETECTION_POLL_MS,
      dailyDetectionAt: e.DETECTION_DAILY_AT,
      // only what was given: the register marks the rest as missing
      register: Object.fromEntries(Object.entries(register).filter((entry) => entry[1] !== undefined)) as RegisterSettings,
      review: { notAConcernShare: e.REVIEW_NOT_A_CONCERN_SHARE, minJudged: e.REVIEW_MIN_JUDGED },
      retention: { dataYears: e.RETENTION_DATA_YEARS, auditYears: e.RETENTION_AUDIT_YEARS },
      fairness: {
        minRatio: e.FAIRNESS_MIN_RATIO, maxRatio: e.FAIRNESS_MAX_RATIO ?? (e.FAIRNESS_MIN_RATIO > 0 ? 1 / e.FAIRNESS_MIN_RATIO : Infinity),
        minGroup: e.FAIRNESS_MIN_GROUP, maxP: e.FAIRNESS_MAX_P,
      },
    };
  });

/** Reads the settings; every bad one is named in one ConfigError, a line each, without any secret's value. */
export function loadConfig(env: Env = process.env): Config {
  const parsed = environment.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `${issue.path.map(String).join(".")} ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n  - ${lines.join("\n  - ")}`);
}

import fs from "node:fs";
import path from "node:path";

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
  };
  if (problems.length) throw new ConfigError(`Invalid configuration:\n  - ${problems.join("\n  - ")}`);
  return config;
}

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import neo4j from "neo4j-driver";
import { checkJava, ensureNeo4jJars, LocalNeo4jError, NEO4J_VERSION } from "./neo4j-install";
import { processAlive } from "../process-alive";

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  pid: number;
  /** Whether this process started (or adopted) it, and so restarts and stops it. */
  owned: boolean;
  /** Resolves when the server's process ends, however: "exit 137", "signal SIGKILL", "gone". */
  exited(): Promise<string>;
  stop(): Promise<void>;
}

export interface LocalNeo4jOptions {
  /** Everything lives below here: jars, config, store, logs, password. */
  dataDir: string;
  /** Folder name below dataDir for this server's home (tests use their own). */
  name: string;
  heap: string;
  pageCache: string;
  progress: (line: string) => void;
  startTimeoutMs?: number;
  /** The port to listen on (a restart keeps its clients' address); default a free one. */
  port?: number;
}

// The flags Neo4j's own launcher passes on Java 17 (see its neo4j-admin/neo4j scripts).
export const JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+UnlockExperimentalVMOptions",
  "-XX:+TrustFinalNonStaticFields",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dlog4j2.disable.jmx=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
];

/**
 * The local server another process of ours already runs for this home (say `npm start` while
 * `npm run import` runs), or a new one. Only the process that started it stops it.
 */
export async function attachOrStartLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const home = path.join(options.dataDir, options.name);
  const running = await runningServer(home);
  if (running && running.owner !== process.pid && processAlive(running.owner)) {
    options.progress(`Using the local Neo4j already running at ${running.uri}.`);
    return { ...running, owned: false, exited: () => pidGone(running.pid), stop: async () => undefined };
  }
  if (running) {
    // its launcher died (killed before it could stop it): adopt it, and stop it when we stop
    options.progress(`Taking over the local Neo4j left running at ${running.uri}.`);
    writeEndpoint(home, running.uri, running.pid);
    return { ...running, owned: true, exited: () => pidGone(running.pid), stop: () => stopPid(running.pid, home) };
  }
  return startLocalNeo4j(options);
}

/**
 * The local server that runs for this home now, if any: its process, and whether the process that
 * started it (`npm start`, another command; this one too) still runs.
 */
export async function runningLocalNeo4j(dataDir: string, name: string): Promise<{ pid: number; launcher: number; launcherRuns: boolean } | undefined> {
  const running = await runningServer(path.join(dataDir, name));
  return running && { pid: running.pid, launcher: running.owner, launcherRuns: processAlive(running.owner) };
}

function writeEndpoint(home: string, uri: string, pid: number): void {
  fs.writeFileSync(path.join(home, "run", "endpoint.json"), JSON.stringify({ uri, pid, owner: process.pid }));
}

/** Polls for the end of a process that is not our child. */
function pidGone(pid: number): Promise<string> {
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (processAlive(pid)) return;
      clearInterval(timer);
      resolve("gone");
    }, 500);
    timer.unref();
  });
}

async function stopPid(pid: number, home: string): Promise<void> {
  if (processAlive(pid)) process.kill(pid, "SIGTERM");
  for (let i = 0; i < 120 && processAlive(pid); i++) await new Promise((r) => setTimeout(r, 500));
  if (processAlive(pid)) process.kill(pid, "SIGKILL");
  for (const f of ["launcher.pid", "endpoint.json"]) fs.rmSync(path.join(home, "run", f), { force: true });
}

async function runningServer(home: string): Promise<(Pick<LocalNeo4j, "uri" | "user" | "password" | "pid"> & { owner: number }) | undefined> {
  const file = path.join(home, "run", "endpoint.json");
  if (!fs.existsSync(file)) return undefined;
  const { uri, pid, owner } = JSON.parse(fs.readFileSync(file, "utf8")) as { uri: string; pid: number; owner: number };
  if (!isNeo4jProcess(pid)) return undefined;
  const password = readOrCreatePassword(home);
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", password), { logging: { level: "error", logger: () => undefined } });
  try {
    await driver.verifyConnectivity();
    return { uri, user: "neo4j", password, pid, owner };
  } catch {
    return undefined;
  } finally {
    await driver.close();
  }
}

/** Fetches (first time), configures and starts a Neo4j Community server on 127.0.0.1. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  checkJava();
  const lib = await ensureNeo4jJars(options.dataDir, options.progress);
  const home = path.join(options.dataDir, options.name);
  for (const dir of ["conf", "data", "logs", "run"]) fs.mkdirSync(path.join(home, dir), { recursive: true });
  await stopStale(home);

  const password = readOrCreatePassword(home);
  const port = options.port ?? (await freePort());
  writeConfig(home, port, options.pageCache);
  // passed through to java unread (PATH, JAVA_HOME): settings still come from config.ts only
  const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, "conf") };
  const classpath = `${lib}${path.sep}*`;

  if (!fs.existsSync(path.join(home, "data", "dbms", "auth.ini"))) {
    const admin = spawnSync(
      "java",
      ["-cp", classpath, "org.neo4j.cli.AdminTool", "dbms", "set-initial-password", password],
      { env, encoding: "utf8" },
    );
    if (admin.status !== 0) throw new LocalNeo4jError(`Could not set the initial Neo4j password:\n${admin.stderr}`);
  }

  options.progress(`Starting Neo4j ${NEO4J_VERSION} on 127.0.0.1:${port} (data in ${home})...`);
  const output = fs.openSync(path.join(home, "logs", "console.log"), "a");
  const child = spawn(
    "java",
    [
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      ...JVM_FLAGS,
      "-cp",
      classpath,
      "org.neo4j.server.CommunityEntryPoint",
      `--home-dir=${home}`,
      `--config-dir=${path.join(home, "conf")}`,
    ],
    { env, stdio: ["ignore", output, output] },
  );
  fs.closeSync(output);
  if (child.pid === undefined) throw new LocalNeo4jError("Could not start java for Neo4j");
  fs.writeFileSync(path.join(home, "run", "launcher.pid"), String(child.pid));

  const uri = `bolt://127.0.0.1:${port}`;
  await waitUntilReady(child, uri, password, home, options.startTimeoutMs ?? 180_000);
  writeEndpoint(home, uri, child.pid);
  options.progress(`Neo4j is ready at ${uri}.`);
  const exited = new Promise<string>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(`exit ${child.exitCode ?? child.signalCode}`);
    child.once("exit", (code, signal) => resolve(signal ? `signal ${signal}` : `exit ${code}`));
  });
  return { uri, user: "neo4j", password, pid: child.pid, owned: true, exited: () => exited, stop: () => stopChild(child, home) };
}

function writeConfig(home: string, port: number, pageCache: string): void {
  const lines = [
    "# Written by behangrol at every start; edit src/graph/local-server.ts instead.",
    `server.directories.data=${path.join(home, "data")}`,
    `server.directories.logs=${path.join(home, "logs")}`,
    `server.directories.run=${path.join(home, "run")}`,
    "server.default_listen_address=127.0.0.1",
    `server.bolt.listen_address=127.0.0.1:${port}`,
    "server.bolt.advertised_address=127.0.0.1",
    "server.http.enabled=false",
    "server.https.enabled=false",
    "dbms.security.auth_enabled=true",
    "dbms.usage_report.enabled=false",
    `server.memory.pagecache.size=${pageCache}`,
    "db.transaction.timeout=10m",
    "db.logs.query.enabled=OFF",
    // Community Edition reads transaction logs only to recover from the last checkpoint (no online backup): Neo4j's
    // default keeps 2 days of them whatever their size, and every answer's audit entry is a transaction (26 GB in
    // 2 days of load tests next to a 4.4 GB store); at most 1 GiB beyond what recovery needs is kept instead
    "db.tx_log.rotation.retention_policy=1G size",
    // at a stop the API has already drained and closed its connections, yet Bolt waited 5 s for connections and
    // 5 s for its threads: an idle stop took 10.3 s, past Docker's 10 s grace period
    "internal.server.bolt.connection_shutdown_wait_time=1s",
    "internal.server.bolt.thread_pool_shutdown_wait_time=1s",
  ];
  fs.writeFileSync(path.join(home, "conf", "neo4j.conf"), `${lines.join("\n")}\n`);
}

function readOrCreatePassword(home: string): string {
  const file = path.join(home, "password");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  // never a leading "-": neo4j-admin would read the password as an option (1 in 64 base64url strings)
  const password = `n${crypto.randomBytes(18).toString("base64url")}`;
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(child: ChildProcess, uri: string, password: string, home: string, timeoutMs: number): Promise<void> {
  let exited: number | null = null;
  child.once("exit", (code) => (exited = code ?? -1));
  const deadline = Date.now() + timeoutMs;
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", password), { logging: { level: "error", logger: () => undefined } });
  try {
    while (Date.now() < deadline) {
      if (exited !== null) {
        throw new LocalNeo4jError(`Neo4j stopped during start (exit ${exited}). Its log:\n${logTail(home)}`);
      }
      try {
        await driver.verifyConnectivity();
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    child.kill("SIGKILL");
    throw new LocalNeo4jError(`Neo4j did not answer within ${timeoutMs / 1000}s. Its log:\n${logTail(home)}`);
  } finally {
    await driver.close();
  }
}

function logTail(home: string): string {
  const parts = ["neo4j.log", "console.log"].map((f) => path.join(home, "logs", f)).filter((f) => fs.existsSync(f));
  return parts.map((f) => fs.readFileSync(f, "utf8").split("\n").slice(-25).join("\n")).join("\n");
}

function stopChild(child: ChildProcess, home: string): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const killer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.once("exit", () => {
      clearTimeout(killer);
      for (const f of ["launcher.pid", "endpoint.json"]) fs.rmSync(path.join(home, "run", f), { force: true });
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** A server left running by a killed launcher holds the store lock: stop it first. */
async function stopStale(home: string): Promise<void> {
  const pidFile = path.join(home, "run", "launcher.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8"));
  const alive = (): boolean => processAlive(pid);
  if (pid > 0 && alive() && isNeo4jProcess(pid)) {
    process.kill(pid, "SIGTERM");
    for (let i = 0; i < 120 && alive(); i++) await new Promise((r) => setTimeout(r, 500));
    if (alive()) process.kill(pid, "SIGKILL");
  }
  fs.rmSync(pidFile, { force: true });
}

function isNeo4jProcess(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("CommunityEntryPoint");
  } catch {
    return false;
  }
}

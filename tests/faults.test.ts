/**
 * Faults, with real processes: the built server started as `npm start` starts it (its own local
 * Neo4j, supervised), then that Neo4j killed with SIGKILL, then the server stopped with SIGTERM.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { loadConfig, projectRoot } from "../src/config";
import { cypher } from "../src/graph/cypher";
import { Graph } from "../src/graph/gateway";
import { importDataset } from "../src/import/import.service";
import { generateMunicipality, syntheticPrefix } from "../seeds/generator/generate";
import { TODAY, testGraph } from "./support/graph";
import { removeByPrefix, snapshot } from "./support/snapshot";

const COUNT = cypher("../tests/support/count-households-by-prefix.cypher");

let server: ChildProcess;
let base = "";
let output = "";
let data = "";

/** Seconds since `started`, to two decimals. */
const since = (started: number) => (Date.now() - started) / 1000;

beforeAll(async () => {
  data = fs.mkdtempSync(path.join(os.tmpdir(), "behangrol-faults-"));
  fs.symlinkSync(path.join(loadConfig().dataDir, "neo4j-dist"), path.join(data, "neo4j-dist")); // the jars global setup fetched (BEHANGROL_DATA_DIR too)
  server = spawn(process.execPath, [path.join(projectRoot, "dist/src/main.js")], {
    env: { PATH: process.env.PATH, BEHANGROL_DATA_DIR: data, PORT: "0", LOG_LEVEL: "info", NEO4J_LOCAL_HEAP: "512m", NEO4J_LOCAL_PAGECACHE: "64m" } as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  server.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 150 s:\n${output}`)), 150_000);
    server.stdout?.on("data", () => {
      const port = /Playground: http:\/\/[^:]+:(\d+)\//.exec(output)?.[1];
      if (port && !base) {
        base = `http://127.0.0.1:${port}`;
        clearTimeout(timer);
        resolve();
      }
    });
    server.on("exit", (code) => reject(new Error(`exited ${code}:\n${output}`)));
  });
}, 180_000);

afterAll(async () => {
  if (server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
  const pid = neo4jPid();
  if (pid && alive(pid)) process.kill(pid, "SIGKILL");
  fs.rmSync(data, { recursive: true, force: true });
}, 120_000);

function endpoint(): string {
  return (JSON.parse(fs.readFileSync(path.join(data, "neo4j", "run", "endpoint.json"), "utf8")) as { uri: string }).uri;
}

function neo4jPid(): number | undefined {
  const file = path.join(data, "neo4j", "run", "endpoint.json");
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as { pid: number }).pid : undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

let token = "";
async function ask(query = `{ household(id: "h-s2") { id interventions { id agency { name } } } }`): Promise<{ status: number; code: unknown; retryAfter: string | null; seconds: number }> {
  if (!token) token = ((await (await fetch(`${base}/auth/development-token`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"role":"ADMIN"}' })).json()) as { token: string }).token;
  const started = Date.now();
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-purpose": "fault test" },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { errors?: { extensions?: { code?: unknown } }[] };
  return { status: res.status, code: body.errors?.[0]?.extensions?.code, retryAfter: res.headers.get("retry-after"), seconds: since(started) };
}

const status = async (p: string) => (await fetch(`${base}${p}`, { headers: { accept: "text/html" } })).status;

describe("when the local Neo4j is killed", () => {
  it("answers 503 DATABASE_UNAVAILABLE within 2 s, stays live, restarts Neo4j and is ready again by itself", async () => {
    expect(await ask()).toMatchObject({ status: 200, code: undefined });
    const pid = neo4jPid()!;
    process.kill(pid, "SIGKILL");
    const killed = Date.now();

    // while it is away: fast refusals, saying when to come back; what needs no database keeps working
    await new Promise((r) => setTimeout(r, 300));
    const during = await Promise.all(Array.from({ length: 8 }, () => ask()));
    for (const answer of during) {
      expect(answer).toMatchObject({ status: 503, code: "DATABASE_UNAVAILABLE", retryAfter: "5" });
      expect(answer.seconds).toBeLessThan(2);
    }
    expect(await status("/health/ready")).toBe(503);
    expect(await status("/health/live")).toBe(200);
    expect(await status("/")).toBe(200); // the web app
    expect(await status("/graphql")).toBe(200); // the playground page

    // back by itself, well within a minute
    while ((await status("/health/ready")) !== 200) {
      expect(since(killed)).toBeLessThan(60);
      await new Promise((r) => setTimeout(r, 500));
    }
    process.stdout.write(`[faults] ready again ${since(killed).toFixed(1)} s after kill -9 of Neo4j\n`);
    expect(neo4jPid()).not.toBe(pid);
    expect(await ask()).toMatchObject({ status: 200, code: undefined });
    expect(output).toContain("stopped unexpectedly (signal SIGKILL); restarting it");
    expect(output).toContain("Neo4j is running again");

    // every access answered during all this was recorded: the audit chain still verifies
    const audit = await ask(`{ auditEvents(first: 5) { edges { node { outcome operation } } } }`);
    expect(audit.status).toBe(200);
  }, 120_000);
});

describe("an import cut off half-way", () => {
  const SEED = 7707;
  const prefix = syntheticPrefix(SEED);
  let reference: Graph;
  let faulty: Graph;
  let file = "";
  beforeAll(async () => {
    reference = testGraph();
    const password = fs.readFileSync(path.join(data, "neo4j", "password"), "utf8").trim();
    faulty = Graph.connect(endpoint(), "neo4j", password, undefined, 60_000);
    // the organisations, then one delivery of 4,000 households (about 67,000 records: written batch by batch)
    const [organisations, households] = [...generateMunicipality({ households: 4000, seed: SEED, chunkSize: 4000, mix: "dense" })];
    for (const graph of [reference, faulty]) expect((await importDataset(graph, organisations, TODAY)).ok).toBe(true);
    file = path.join(data, "households.json");
    fs.writeFileSync(file, JSON.stringify(households));
    expect((await importDataset(reference, households, TODAY)).ok).toBe(true); // uninterrupted, elsewhere
  }, 120_000);
  afterAll(async () => {
    await removeByPrefix(reference, prefix);
    await reference.close();
    await faulty.close();
  });

  type Cut = "stop the importer" | "kill the importer" | "kill Neo4j";
  /** `npm run import` of the file (streamed, as a large one is) against the server's Neo4j, cut off (if asked) once households are being written. */
  async function importFile(cut?: Cut): Promise<number | null> {
    const password = fs.readFileSync(path.join(data, "neo4j", "password"), "utf8").trim();
    const child = spawn(process.execPath, [path.join(projectRoot, "dist/src/cli/import.js"), file, "--no-progress", "--stream"], {
      env: { PATH: process.env.PATH, NEO4J_URI: endpoint(), NEO4J_PASSWORD: password, BEHANGROL_DATA_DIR: data, LOG_LEVEL: "error" } as NodeJS.ProcessEnv,
      stdio: "ignore",
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    if (cut) {
      for (;;) {
        const [row] = await faulty.read(COUNT, { prefix }).catch((): Record<string, unknown>[] => []);
        if (((row?.n as number) > 0 && row?.status === "IN_PROGRESS") || child.exitCode !== null) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      if (cut === "stop the importer") child.kill("SIGTERM");
      if (cut === "kill the importer") child.kill("SIGKILL");
      if (cut === "kill Neo4j") process.kill(neo4jPid()!, "SIGKILL");
    }
    return exited;
  }

  it("converges, after the importer is stopped, killed, and its Neo4j killed, to the state of an uninterrupted import", async () => {
    const expected = await snapshot(reference, prefix);
    expect(await importFile("stop the importer")).toBe(3); // SIGTERM: it stops at a batch boundary and says so
    const stopped = await snapshot(faulty, prefix);
    expect(stopped.length).toBeLessThan(expected.length);

    expect(await importFile("kill the importer")).not.toBe(0);
    expect((await snapshot(faulty, prefix)).length).toBeLessThan(expected.length); // it really was cut off

    expect(await importFile("kill Neo4j")).not.toBe(0); // now the database dies under it
    const killed = Date.now();
    while ((await status("/health/ready")) !== 200) {
      expect(since(killed)).toBeLessThan(60);
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(await importFile()).toBe(0); // the same file once more
    expect(await snapshot(faulty, prefix)).toEqual(expected); // nothing missing, nothing twice
    expect(fs.readdirSync(path.join(data, "import-spool"))).toEqual([]); // the killed importer's spool (personal data) is gone too
  }, 240_000);
});

describe("on SIGTERM", () => {
  it("finishes the requests in flight, exits 0 and stops its Neo4j", async () => {
    const pid = neo4jPid()!;
    await ask(); // a token first
    let stopped = 0;
    const inFlight = Array.from({ length: 20 }, () => post(`{ household(id: "h-s4") { id timeline { date summary } } }`).then((answer) => {
      if (!stopped) {
        stopped = Date.now();
        server.kill("SIGTERM"); // while the other nineteen are still being answered
      }
      return answer;
    }));
    const answers = await Promise.all(inFlight);
    expect(answers).toEqual(Array(20).fill({ status: 200, finished: expect.any(Number) }));
    expect(answers.filter((a) => a.finished > stopped).length).toBeGreaterThan(0); // answered after the signal
    const code = await new Promise<number | null>((resolve) => (server.exitCode !== null ? resolve(server.exitCode) : server.once("exit", resolve)));
    expect(code).toBe(0);
    expect(alive(pid)).toBe(false);
    expect(output).toContain("SIGTERM: stopping");
    await expect(fetch(`${base}/health/live`)).rejects.toThrow(); // nobody listens any more
  }, 120_000);
});

/** A request on a connection of its own (no pooled keep-alive connection for the server to close under it). */
function post(query: string): Promise<{ status: number | undefined; finished: number }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}/graphql`, {
      method: "POST", agent: false,
      headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-purpose": "fault test" },
    }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode, finished: Date.now() }));
    });
    req.on("error", reject);
    req.end(JSON.stringify({ query }));
  });
}

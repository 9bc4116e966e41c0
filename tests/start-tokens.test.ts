/**
 * `npm start`'s development tokens reach a person at this machine, never a log file or the network
 * (issue 7, leak 3): the built server, started as `npm start` starts it, on the run's Neo4j.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../src/config";
import { CONNECTION_FILE } from "./support/connection";
import { scratchFolders } from "./support/scratch";

const started: ChildProcess[] = [];
const folders = scratchFolders();
afterAll(async () => {
  await Promise.all(started.map((p) => new Promise((exited) => (p.exitCode !== null || p.signalCode !== null ? exited(null) : (p.once("exit", exited), p.kill("SIGTERM"))))));
  folders.removeAll();
});

/** Starts dist/src/main.js with stdout to a pipe (as a log collector would have it); resolves with its address and output so far. */
function start(env: Record<string, string>): Promise<{ port: number; output: () => string }> {
  const { uri, password } = JSON.parse(fs.readFileSync(CONNECTION_FILE, "utf8")) as Record<string, string>;
  const child = spawn(process.execPath, [path.join(projectRoot, "dist/src/main.js")], {
    env: {
      PATH: process.env.PATH, NEO4J_URI: uri, NEO4J_PASSWORD: password, SEED_STORIES: "false", PORT: "0", LOG_LEVEL: "warn",
      BEHANGROL_DATA_DIR: folders.make("behangrol-start-"), ...env,
    } as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.push(child);
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 30 s:\n${output}`)), 30_000);
    child.stdout?.on("data", () => {
      const port = /Playground: http:\/\/[^:]+:(\d+)\//.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        setTimeout(() => resolve({ port: Number(port), output: () => output }), 200);
      }
    });
    child.on("exit", (code) => reject(new Error(`exited ${code}:\n${output}`)));
  });
}

const page = (port: number) => fetch(`http://127.0.0.1:${port}/graphql`, { headers: { accept: "text/html" } }).then((r) => r.text());

describe("npm start's development tokens", () => {
  it("are not printed when stdout is not a terminal, yet the playground opens with one for this machine's browser", async () => {
    const server = await start({});
    expect(server.output()).toContain("behangrol is ready");
    expect(server.output()).not.toMatch(/Bearer ey/);
    expect(server.output()).toContain("npm run --silent token");
    expect(await page(server.port)).toMatch(/Bearer ey/);
  });

  it("are not in the playground at all when HOST is not a loopback address", async () => {
    const server = await start({ HOST: "0.0.0.0" });
    expect(await page(server.port)).not.toMatch(/Bearer ey/);
  });
});

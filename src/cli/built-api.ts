import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { projectRoot } from "../config";

/**
 * How `npm start` runs Node for the API (package.json's start script has the same). A young
 * generation of 32 MiB instead of 16: a request's short-lived objects are collected far less often.
 * A/B on the 100,000-household store: API CPU per list page 10.6 -> 9.0 ms, per dossier 1.67 -> 1.57 ms
 * (64 MiB was no better). V8 takes it only on the command line, not from setFlagsFromString at start.
 */
export const API_NODE_FLAGS = ["--max-semi-space-size=32"];

/**
 * The built API (dist/src/main.js) as its own process on a free loopback port, the way `npm start`
 * runs it (on the local Neo4j, or NEO4J_URI): for the load test and the benchmarks.
 */
export async function startBuiltApi(): Promise<{ child: ChildProcess; base: string; stop: () => Promise<void> }> {
  const { child, match, stop } = await startNodeServer(path.join(projectRoot, "dist/src/main.js"), { PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn" }, /Playground: http:\/\/[^:]+:(\d+)\//);
  return { child, base: `http://127.0.0.1:${match[1]}`, stop };
}

/**
 * A Node script as its own process with the API's Node flags (a benchmark's servers all run alike),
 * ready once its standard output matches `ready`; the match, and how to stop it (SIGTERM, then its exit).
 */
export function startNodeServer(script: string, env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; match: RegExpExecArray; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [...API_NODE_FLAGS, script], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null) return;
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  };
  let output = "";
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (d: Buffer) => {
      output += d.toString();
      const match = ready.exec(output);
      if (match) resolve({ child, match, stop });
    });
    child.once("exit", (code) => reject(new Error(`${path.basename(script)} exited (${code}) before it was ready:\n${output}`)));
  });
}

/** A development token for a role, as a browser on this machine gets one (development servers only). */
export async function developmentToken(base: string, role = "ADMIN"): Promise<string> {
  const res = await fetch(`${base}/auth/development-token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ role }) });
  const { token } = (await res.json()) as { token?: string };
  if (!token) throw new Error("no development token: run this on the machine of a development server (not in production)");
  return token;
}

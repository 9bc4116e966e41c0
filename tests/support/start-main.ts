import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/config";
import { CONNECTION_FILE } from "./connection";
import { scratchFolders } from "./scratch";

export interface StartedMain { port: number; child: ChildProcess; output: () => string }

/**
 * For a test file: starts the built server (dist/src/main.js) as `npm start` starts it, on the
 * run's Neo4j, with stdout to a pipe (as a log collector would have it); each one is stopped and
 * its data folder removed when the file is done.
 */
export function startMain(): { start(env: Record<string, string>): Promise<StartedMain> } {
  const started: ChildProcess[] = [];
  const folders = scratchFolders();
  afterAll(async () => {
    await Promise.all(started.map((p) => new Promise((exited) => (p.exitCode !== null || p.signalCode !== null ? exited(null) : (p.once("exit", exited), p.kill("SIGTERM"))))));
    folders.removeAll();
  });
  const start = (env: Record<string, string>): Promise<StartedMain> => {
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
          setTimeout(() => resolve({ port: Number(port), child, output: () => output }), 200);
        }
      });
      child.on("exit", (code) => reject(new Error(`exited ${code}:\n${output}`)));
    });
  };
  return { start };
}

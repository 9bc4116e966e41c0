/**
 * Stopping (issue 21): within Docker's 10 s grace period, idle in at most 5 s, requests in flight
 * drained first, and the log says when it has stopped. The API as `npm start` runs it, and the
 * local Neo4j as it starts it.
 */
import fs from "node:fs";
import path from "node:path";
import { Role } from "../src/access/viewer";
import { loadConfig } from "../src/config";
import { startLocalNeo4j } from "../src/graph/local-server";
import { startMain } from "./support/start-main";
import { TEST_SECRET, tokenFor } from "./support/tokens";

const { start } = startMain();
const exit = (child: import("node:child_process").ChildProcess) => new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

describe("stopping", () => {
  it("stops an idle API within 5 s of SIGTERM, and says it has stopped", async () => {
    const server = await start({ LOG_LEVEL: "info" });
    const began = Date.now();
    server.child.kill("SIGTERM");
    expect(await exit(server.child)).toBe(0);
    expect(Date.now() - began).toBeLessThan(5000);
    expect(server.output()).toMatch(/"msg":"stopped"/);
    expect(server.output()).toContain("Stopped.");
  });

  it("lets a request in flight finish before it stops", async () => {
    const server = await start({ AUTH_JWT_SECRET: TEST_SECRET });
    const token = await tokenFor({ role: Role.ADMIN });
    const asked = fetch(`http://127.0.0.1:${server.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-purpose": "testing" },
      body: JSON.stringify({ query: `{ patternSummary(asOf: "2024-06-01") { kinds { kind hits } } }` }), // every detector, live
    });
    await new Promise((r) => setTimeout(r, 20)); // under way
    const began = Date.now();
    server.child.kill("SIGTERM");
    const answer = await asked;
    const outputWhenAnswered = server.output();
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { data?: unknown }).data).toBeTruthy();
    expect(outputWhenAnswered).toContain("SIGTERM: stopping"); // the stop had begun while the request ran
    expect(await exit(server.child)).toBe(0);
    expect(Date.now() - began).toBeLessThan(10_000);
  });

  it("stops the local Neo4j within 5 s (Bolt waited 10 s for connections and threads already gone)", async () => {
    const config = loadConfig();
    const server = await startLocalNeo4j({ dataDir: config.dataDir, name: "neo4j-stop-test", heap: "512m", pageCache: "64m", progress: () => undefined });
    const began = Date.now();
    await server.stop();
    expect(Date.now() - began).toBeLessThan(5000);
    fs.rmSync(path.join(config.dataDir, "neo4j-stop-test"), { recursive: true, force: true });
  }, 120_000);
});

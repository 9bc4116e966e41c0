import http from "node:http";
import type { AddressInfo } from "node:net";
import { signToken } from "../../src/access/tokens";
import { Role } from "../../src/access/viewer";
import { loadConfig } from "../../src/config";
import type { Graph } from "../../src/graph/gateway";
import { createApp } from "../../src/server/app";
import { appSettings } from "../../src/server/settings";

const SECRET = "bench-secret-of-at-least-thirty-two-characters";
const KEY = "bench-pseudonym-key-of-at-least-32-characters";

export interface BenchApi {
  /** POSTs one operation as the role, with a purpose; fails on any GraphQL error. */
  post(query: string, variables?: Record<string, unknown>): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/** The real HTTP app in this process on 127.0.0.1, as the given role (an AGENCY_WORKER with its agency). */
export async function benchApi(graph: Graph, role: Role = Role.ANALYST, user = "bench", agency?: string): Promise<BenchApi> {
  const server = http.createServer();
  const config = loadConfig({ AUTH_JWT_SECRET: SECRET, PSEUDONYM_KEY: KEY, LOG_LEVEL: "warn" });
  const { app, apollo } = await createApp(graph, server, appSettings(config, { jwtSecret: SECRET, pseudonymKey: KEY }));
  server.on("request", app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const token = await signToken(SECRET, { role, user, ...(agency ? { agency } : {}) });
  return {
    async post(query, variables = {}) {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-purpose": "benchmark" },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 300)}`);
      return body.data as Record<string, unknown>;
    },
    close: () => apollo.stop(),
  };
}

/**
 * Trusted documents (issue 25): in production a coordinator's or an agency worker's token runs
 * the workspace's own operations, by hash or as their exact text, and nothing else; analysts and
 * administrators keep free queries. Over HTTP and the WebSocket, as a client would.
 */
import fs from "node:fs";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { Role } from "../src/access/viewer";
import type { Graph } from "../src/graph/gateway";
import { TRUSTED_DOCUMENTS_FILE } from "../src/server/trusted-documents";
import { startApi, type TestApi } from "./support/api";
import { testGraph } from "./support/graph";
import { overSocket, socketUrl } from "./support/socket";
import { tokenFor, type As } from "./support/tokens";

const manifest = JSON.parse(fs.readFileSync(TRUSTED_DOCUMENTS_FILE, "utf8")) as Record<string, string>;
const byName = (name: string): [string, string] => {
  const found = Object.entries(manifest).find(([, text]) => new RegExp(`^(query|mutation) ${name}\\b|\\}\\s*(query|mutation) ${name}\\b`).test(text));
  if (!found) throw new Error(`the workspace has no operation ${name}`);
  return found;
};
const COORDINATOR: As = { role: Role.COORDINATOR, user: "coordinator-1" };
const WORKER: As = { role: Role.AGENCY_WORKER, agency: "a-wijkteam" };
const ANALYST: As = { role: Role.ANALYST };

describe("trusted documents in production", () => {
  let graph: Graph;
  let api: TestApi;
  beforeAll(async () => {
    graph = testGraph();
    api = await startApi(graph, { NODE_ENV: "production" });
  });
  afterAll(async () => {
    await api.close();
    await graph.close();
  });

  const send = async (body: Record<string, unknown>, as: As) => {
    const res = await api.http(body, { authorization: `Bearer ${await tokenFor(as)}`, "x-purpose": "testing" });
    return { status: res.status, body: (await res.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] } };
  };

  it("has the workspace's operations, as its build wrote them", () => {
    expect(Object.keys(manifest).length).toBeGreaterThan(10);
    for (const id of Object.keys(manifest)) expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("runs a workspace operation for a coordinator, by its hash as the workspace sends it, and by its exact text", async () => {
    const [id, text] = byName("Viewer");
    const byHash = await send({ extensions: { persistedQuery: { version: 1, sha256Hash: id } } }, COORDINATOR);
    expect(byHash.body.errors).toBeUndefined();
    expect(byHash.body.data?.viewer).toMatchObject({ role: "COORDINATOR" });
    expect((await send({ documentId: id }, COORDINATOR)).body.data?.viewer).toMatchObject({ role: "COORDINATOR" });
    expect((await send({ query: text }, COORDINATOR)).body.data?.viewer).toMatchObject({ role: "COORDINATOR" });
  });

  it.each([["a coordinator", COORDINATOR], ["an agency worker", WORKER]])("refuses %s any other operation before reading it, so nothing about the schema comes back", async (_, as) => {
    for (const query of ["{ viewer { role } }", "{ houshold(id: \"x\") { id } }", "{ __schema { types { name } } }", "query Viewer { viewer { role } }"]) {
      const refused = await send({ query }, as);
      expect(refused.status).toBe(403);
      expect(refused.body.data ?? null).toBeNull();
      expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
      expect(JSON.stringify(refused.body)).not.toMatch(/houshold|Did you mean|Cannot query/);
    }
  });

  it("lets analysts explore freely", async () => {
    const free = await send({ query: "{ viewer { role } }" }, ANALYST);
    expect(free.body.data?.viewer).toEqual({ role: "ANALYST" });
  });

  it("refuses a hash it does not know, or a text that is not the hash's, saying so", async () => {
    const unknown = await send({ documentId: `sha256:${"0".repeat(64)}` }, ANALYST);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const [id] = byName("Viewer");
    expect((await send({ documentId: id, query: "{ viewer { userId } }" }, COORDINATOR)).status).toBe(400);
  });

  it("holds a coordinator to the workspace's operations over the WebSocket too", async () => {
    const client = createClient({ url: socketUrl(api.url), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${await tokenFor(COORDINATOR)}` }, retryAttempts: 0 });
    try {
      const answer = await overSocket(client, "subscription { detectionRunFinished { seq } }");
      expect(JSON.stringify(answer.error ?? answer.next)).toContain("FORBIDDEN");
    } finally {
      await client.dispose();
    }
  });
});

describe("trusted documents outside production", () => {
  it("leave a coordinator's free queries alone (development and tests)", async () => {
    const graph = testGraph();
    const api = await startApi(graph);
    try {
      const res = await api.raw("{ viewer { role } }", {}, COORDINATOR);
      expect(res.data).toEqual({ viewer: { role: "COORDINATOR" } });
    } finally {
      await api.close();
      await graph.close();
    }
  });
});

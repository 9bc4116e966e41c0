import { auditServer } from "graphql-http";
import type { Graph } from "../src/graph/gateway";
import { startApi, type TestApi } from "./support/api";
import { testGraph } from "./support/graph";
import { ADMIN, tokenFor } from "./support/tokens";
import { Role } from "../src/access/viewer";

let graph: Graph;
let api: TestApi;
let production: TestApi;
beforeAll(async () => {
  graph = testGraph();
  api = await startApi(graph, { CORS_ORIGINS: "https://frontend.example" });
  production = await startApi(graph, { NODE_ENV: "production" });
});
afterAll(async () => {
  await api.close();
  await production.close();
  await graph.close();
});

const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

describe("limits on what one request may ask", () => {
  it("refuses a query nested deeper than the limit", async () => {
    const level = (n: number): string => (n === 0 ? "id" : `memberships { household { ${level(n - 1)} } }`);
    const res = await api.raw(`{ household(id: "h-s1") { ${level(7)} } }`);
    expect(res.errors?.[0]).toMatchObject({ message: expect.stringMatching(/depth/i), extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
  });

  it("refuses too many aliases", async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: agency(id: "a-wmo") { id }`).join(" ");
    expect((await api.raw(`{ ${aliases} }`)).errors?.[0]).toMatchObject({ message: expect.stringMatching(/aliases/i), extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
  });

  it("suggests no field names and shows no stack traces", async () => {
    const res = await api.raw(`{ househod(id: "h-s1") { id } }`);
    expect(res.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.js/);
  });

  it("refuses batched requests", async () => {
    const res = await api.http([{ query: "{ __typename }" }, { query: "{ __typename }" }], { authorization: `Bearer ${await tokenFor(ADMIN)}` });
    expect(res.status).toBe(400);
  });

  it("refuses a body over the size limit", async () => {
    const res = await api.http({ query: `{ __typename }`, variables: { big: "x".repeat(11 * 1024 * 1024) } }, { authorization: `Bearer ${await tokenFor(ADMIN)}` });
    expect(res.status).toBe(413);
  });
});

describe("HTTP", () => {
  it("sends security headers", async () => {
    const res = await fetch(`${api.url}/health/live`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    expect(res.headers.get("x-powered-by")).toBeNull();
  });

  it("tells browsers and proxies to keep no copy of an answer (it holds personal data), error or not", async () => {
    const auth = { authorization: `Bearer ${await tokenFor(ADMIN)}`, "x-purpose": "test" };
    const answer = await api.http({ query: `{ household(id: "h-s1") { id } }` }, auth);
    const refused = await api.http({ query: `{ household(id: "h-s1") { id } }` });
    expect([answer.status, answer.headers.get("cache-control")]).toEqual([200, "no-store"]);
    expect(refused.headers.get("cache-control")).toBe("no-store");
  });

  it("runs a GET only when it carries a header no browser sends cross-site unasked (a token, a purpose, Apollo's), and never a mutation", async () => {
    const get = (query: string, headers: Record<string, string> = {}) =>
      fetch(`${api.url}/graphql?query=${encodeURIComponent(query)}`, { headers: { accept: "application/graphql-response+json", ...headers } });
    const bearer = { authorization: `Bearer ${await tokenFor(ADMIN)}` };
    const bare = await get("{ __typename }");
    expect([bare.status, code((await bare.json()) as { errors?: { extensions?: Record<string, unknown> }[] })]).toEqual([400, "BAD_REQUEST"]);
    for (const headers of [bearer, { "x-purpose": "test" }, { "apollo-require-preflight": "true" }]) {
      expect(await (await get("{ __typename }", headers)).json()).toEqual({ data: { __typename: "Query" } });
    }
    const mutation = await get("mutation { runDetection { seq } }", { ...bearer, "x-purpose": "test" });
    expect([mutation.status, ((await mutation.json()) as { data?: unknown }).data]).toEqual([405, undefined]);
  });

  it("allows the configured frontend origin and no other", async () => {
    const allowed = await fetch(`${api.url}/graphql`, { method: "OPTIONS", headers: { origin: "https://frontend.example", "access-control-request-method": "POST" } });
    const other = await fetch(`${api.url}/graphql`, { method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": "POST" } });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://frontend.example");
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("NODE_ENV=production", () => {
  it("serves no playground, and introspection only to ADMIN and ANALYST", async () => {
    expect((await fetch(`${production.url}/graphql`, { headers: { accept: "text/html" } })).status).not.toBe(200);
    const introspect = `{ __schema { queryType { name } } }`;
    expect(code(await production.raw(introspect, {}, { role: Role.COORDINATOR, user: "c" }))).toBe("FORBIDDEN");
    expect(code(await production.raw(introspect, {}, { role: Role.AGENCY_WORKER, agency: "a-wmo" }))).toBe("FORBIDDEN");
    expect((await production.raw(introspect, {}, { role: Role.ANALYST })).data).toEqual({ __schema: { queryType: { name: "Query" } } });
    const anonymous = await production.http({ query: introspect });
    expect([anonymous.status, anonymous.headers.get("www-authenticate")]).toEqual([401, 'Bearer realm="behangrol"']);
  });
});

describe("GraphQL over HTTP conformance (graphql-http's server audits)", () => {
  it("passes every MUST", async () => {
    const token = await tokenFor(ADMIN);
    const results = await auditServer({
      url: `${api.url}/graphql`,
      fetchFn: (input: string | URL | Request, init?: RequestInit) => {
        const headers = new Headers(init?.headers);
        headers.set("authorization", `Bearer ${token}`);
        return fetch(input, { ...init, headers });
      },
    });
    const mustFailures = results.filter((r) => r.status === "error").map((r) => `${r.name}: ${"reason" in r ? r.reason : ""}`);
    expect(mustFailures).toEqual([]);
    // exactly the SHOULDs the README explains (Apollo's 400 for application/json-only error responses)
    const shouldFailures = results.filter((r) => r.status === "warn").map((r) => r.name).sort();
    expect(shouldFailures).toEqual([
      "SHOULD use 200 status code on document parsing failure when accepting application/json",
      "SHOULD use 200 status code on document validation failure when accepting application/json",
      "SHOULD use a status code of 200 on variable coercion failure when accepting application/json",
    ]);
    // every MAY: a GET with a token passes CSRF prevention, variables and all
    expect(results.filter((r) => r.status === "notice").map((r) => r.name)).toEqual([]);
  });
});

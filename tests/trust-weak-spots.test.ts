/**
 * The third outside attack test's weak spots (issue 21), each tried from outside over HTTP, with
 * real tokens of a lower role, against the real Neo4j and the seed stories.
 */
import http from "node:http";
import { Role } from "../src/access/viewer";
import { RequestGraph } from "../src/graph/gateway";
import { storiesApi } from "./support/stories-api";
import { signToken } from "../src/access/tokens";
import { TEST_SECRET, tokenFor, type As } from "./support/tokens";
import { logged } from "./support/logged";

const { api } = storiesApi();
const COORDINATOR: As = { role: Role.COORDINATOR, user: "pr-regie-2" };
const code = (res: unknown) => (res as { errors?: { extensions?: Record<string, unknown> }[] }).errors?.[0]?.extensions?.code;

const AUDIT = `query($userId: String) { auditEvents(userId: $userId, first: 20) { edges { node { operation purpose households persons } } } }`;
type Entry = { operation: string | null; purpose: string | null; households: string[]; persons: string[] };
const entriesOf = async (userId: string) => ((await api.raw(AUDIT, { userId })).data?.auditEvents as { edges: { node: Entry }[] }).edges.map((e) => e.node);

describe("the cost check fails closed", () => {
  it("refuses an operation over the cost limit when a variable it cannot price is null", async () => {
    const query = `query Heavy($h: ID = "h-s1") { households(first: 500) { edges { node { patterns(asOf: "2024-01-01") { kind } timeline { date } } } } household(id: $h) { id } }`;
    const res = await api.raw(query, { h: null });
    expect(code(res)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(res.data ?? null).toBeNull();
  });
});

describe("an audit entry names the household it is about, whatever fields were asked", () => {
  it("names a hit's household (its subject is a member) when only its history (notes) is read", async () => {
    const as = { ...COORDINATOR, user: "audit-history-only" };
    await api.raw(`mutation { grantHousehold(userId: "audit-history-only", householdId: "h-s2") }`);
    await api.raw(`query HistoryOnly { patternHits(kind: ESCALATION_CONCESSION, first: 50) { edges { node { history { note by } } } } }`, {}, as);
    const entry = (await entriesOf("audit-history-only")).find((e) => e.operation === "HistoryOnly");
    expect(entry?.households).toContain("h-s2");
    expect(entry?.persons).toContain("s2-p-son");
    const byHousehold = ((await api.raw(`{ auditEvents(householdId: "h-s2", first: 50) { edges { node { operation userId } } } }`)).data?.auditEvents as { edges: { node: { operation: string; userId: string } }[] }).edges;
    expect(byHousehold.map((e) => e.node)).toContainEqual({ operation: "HistoryOnly", userId: "audit-history-only" });
  });
});

describe("a hidden record and an absent one cost the same", () => {
  /** The queries a person lookup asks of the database (each answers null). */
  const queriesOf = async (id: string, as: As) => {
    const reads = jest.spyOn(RequestGraph.prototype, "readTx");
    const res = await api.raw(`query($id: ID!) { person(id: $id) { id } }`, { id }, as);
    const names = reads.mock.calls.map((c) => c[0]).sort();
    reads.mockRestore();
    expect(res.data).toEqual({ person: null });
    return names;
  };

  it("asks the database the same queries for a person a worker may not see as for one that does not exist", async () => {
    const as: As = { role: Role.AGENCY_WORKER, agency: "a-agency-that-helps-nobody", user: "timing-prober" };
    const hidden = await queriesOf("s1-p-mother", as);
    expect(hidden.length).toBeGreaterThan(1);
    expect(await queriesOf("s1-p-nobody-of-this-name", as)).toEqual(hidden);
  });

  it("asks the same queries for a coordinator's lookup of an existing and an absent real id", async () => {
    const as: As = { role: Role.COORDINATOR, user: "timing-coordinator" };
    expect(await queriesOf("s4-p-nobody-of-this-name", as)).toEqual(await queriesOf("s4-p-son", as));
  });
});

describe("a purpose is words a person can read back", () => {
  const withPurpose = async (purpose: string) => api.http({ query: `query Why { household(id: "h-s1") { id } }` }, {
    authorization: `Bearer ${await tokenFor({ role: Role.ADMIN, user: "purpose-tester" })}`, "x-purpose": purpose,
  });

  it("counts a zero-width space or NULs as no purpose", async () => {
    // a header carries Latin-1 only: anything else comes percent-encoded, as the workspace sends it
    for (const purpose of ["%E2%80%8B", "%00%00", "%EF%BB%BF", "%E2%80%8B%E2%80%8B"].map((p) => `utf-8''${p}`)) {
      expect(code(await (await withPurpose(purpose)).json())).toBe("PURPOSE_REQUIRED");
    }
  });

  it("refuses characters that change how the trail reads: a line separator, a right-to-left override", async () => {
    for (const purpose of ["casus%E2%80%A8overleg", "casus%E2%80%AEgelreveo"].map((p) => `utf-8''${p}`)) {
      expect(code(await (await withPurpose(purpose)).json())).toBe("PURPOSE_REQUIRED");
    }
  });

  it("does not fall back on the token's purpose when the one sent is refused", async () => {
    const token = await signToken(TEST_SECRET, { role: Role.ADMIN, user: "purpose-claimer", purpose: "claimed in the token" }, "1h");
    const res = await api.http({ query: `query Why { household(id: "h-s1") { id } }` }, { authorization: `Bearer ${token}`, "x-purpose": "utf-8''casus%0Aoverleg" });
    expect(code(await res.json())).toBe("PURPOSE_REQUIRED");
  });

  it("refuses control characters instead of writing them into the audit trail", async () => {
    for (const purpose of ["casus%0Aoverleg", "casus%0D%0Aoverleg", "casus%1B[31moverleg"].map((p) => `utf-8''${p}`)) {
      expect(code(await (await withPurpose(purpose)).json())).toBe("PURPOSE_REQUIRED");
    }
    const entries = await entriesOf("purpose-tester");
    expect(entries.filter((e) => /[\u0000-\u001f\u007f]/.test(e.purpose ?? ""))).toEqual([]);
  });
});

describe("persisted queries tell one user nothing of another's", () => {
  it("does not run a query by its hash alone, even after an admin sent its text", async () => {
    const query = "{ agencies(first: 1) { totalCount } }";
    const { createHash } = await import("node:crypto");
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const persistedQuery = { version: 1, sha256Hash };
    await api.http({ query, extensions: { persistedQuery } }, { authorization: `Bearer ${await tokenFor({ role: Role.ADMIN })}` });
    const res = await api.http({ extensions: { persistedQuery } }, { authorization: `Bearer ${await tokenFor({ role: Role.AGENCY_WORKER, agency: "a-wijkteam" })}` });
    const body = (await res.json()) as { data?: unknown };
    expect(body.data ?? null).toBeNull();
    expect(code(body)).not.toBe("PERSISTED_QUERY_NOT_FOUND"); // that too would say nobody sent it
  });
});

describe("no log line, stack trace or path comes from what a client sent", () => {
  const raw = (method: string, path: string, body?: string) => new Promise<{ status: number; text: string }>((resolve, reject) => {
    const url = new URL(api.url);
    const req = http.request({ host: url.hostname, port: url.port, method, path, headers: body ? { "content-type": "application/json" } : {} }, (res) => {
      let text = "";
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on("error", reject);
    req.end(body);
  });

  it("logs no part of a broken body sent to the sign-in, and answers without a stack", async () => {
    let answer = { status: 0, text: "" };
    const log = await logged(async () => (answer = await raw("POST", "/auth/development-token", '{"role": "ADMIN", "secret-marker-123')));
    expect(answer.status).toBe(400);
    expect(answer.text).not.toMatch(/at \w+ \(|\/work\/|node_modules/);
    expect(log).not.toContain("secret-marker-123");
  });

  it("does not let an encoded newline in a URL forge a log line, and shows no path on this machine", async () => {
    let answer = { status: 0, text: "" };
    const forged = `/assets/y%0A{"level":50,"msg":"forged"}%0A.js`;
    const log = await logged(async () => (answer = await raw("GET", forged)));
    expect(answer.status).toBe(404);
    expect(answer.text).not.toMatch(/at \w+ \(|\/work\/|dist\/web|ENOENT/);
    expect(log).not.toContain("forged");
    expect(log.split("\n").filter((l) => l.trim()).every((l) => JSON.parse(l).msg !== "forged")).toBe(true);
  });

  it("answers an unknown route with a fixed 404", async () => {
    const answer = await raw("GET", "/no/such/page%0Ahere");
    expect(answer.status).toBe(404);
    expect(answer.text).not.toContain("such");
  });
});

describe("ids and orders that say nothing they should not", () => {
  it("orders an agency's staff by pseudonym for an analyst, not by the real ids behind them", async () => {
    const res = await api.raw(`{ agencies(first: 50) { edges { node { professionals { id } } } } }`, {}, { role: Role.ANALYST, user: "order-analyst" });
    const lists = (res.data?.agencies as { edges: { node: { professionals: { id: string }[] } }[] }).edges.map((e) => e.node.professionals.map((p) => p.id));
    expect(lists.filter((l) => l.length > 1).length).toBeGreaterThan(0);
    for (const ids of lists) expect(ids).toEqual([...ids].sort());
  });

  it("gives a live hit another id in another frame, so a normalised cache never mixes two frames' scores", async () => {
    const HITS = `query($asOf: Date) { patternHits(kind: ESCALATION_CONCESSION, asOf: $asOf, first: 50) { edges { node { id score subject { ... on Person { id } ... on Household { id } } } } } }`;
    const frame = async (asOf: string) => new Map(((await api.raw(HITS, { asOf })).data?.patternHits as { edges: { node: { id: string; subject: { id: string } } }[] }).edges
      .map((e) => [e.node.subject.id, e.node.id]));
    const [a, b] = [await frame("2025-06-01"), await frame("2025-06-02")];
    const both = [...a.keys()].filter((k) => b.has(k));
    expect(both.length).toBeGreaterThan(0);
    for (const subject of both) expect(a.get(subject)).not.toBe(b.get(subject));
    expect(await frame("2025-06-01")).toEqual(a); // the same frame, the same ids
  });
});

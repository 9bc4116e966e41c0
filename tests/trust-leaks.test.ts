/**
 * The third outside attack test's leaks (issue 21), each reproduced the way the attack ran: over
 * the WebSocket and over HTTP, with real tokens of a lower role, against the real Neo4j and the
 * seed stories.
 */
import http from "node:http";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { Pseudonyms } from "../src/access/pseudonyms";
import { signToken } from "../src/access/tokens";
import { Role } from "../src/access/viewer";
import { startApi, type TestApi } from "./support/api";
import { storiesApi } from "./support/stories-api";
import { TEST_PSEUDONYM_KEY, TEST_SECRET, tokenFor, type As } from "./support/tokens";
import { overSocket, socketUrl } from "./support/socket";

const { api, graph } = storiesApi();
const WIJKTEAM: As = { role: Role.AGENCY_WORKER, agency: "a-wijkteam", user: "ws-attacker" };
const pseudonyms = new Pseudonyms(TEST_PSEUDONYM_KEY);

const AUDIT = `query($userId: String) { auditEvents(userId: $userId, first: 20) { edges { node { operation outcome origin households requested } } } }`;
type Entry = { operation: string | null; outcome: string; origin: string | null; households: string[]; requested: string[] };
const entriesOf = async (userId: string) => ((await api.raw(AUDIT, { userId })).data?.auditEvents as { edges: { node: Entry }[] }).edges.map((e) => e.node);

const clients: Client[] = [];
const connect = async (as: As, params: Record<string, unknown> = {}, base = api.url, token?: string): Promise<Client> => {
  const client = createClient({
    url: socketUrl(base), webSocketImpl: WebSocket, retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${token ?? (await tokenFor(as))}`, ...params },
  });
  clients.push(client);
  return client;
};
afterAll(async () => {
  for (const c of clients) await c.dispose();
});

describe("1. the WebSocket runs subscriptions only, through the same steps as HTTP", () => {
  it("refuses a worker's query for names and a police description, with no answer and nothing unrecorded", async () => {
    const client = await connect(WIJKTEAM);
    const { next, error } = await overSocket(client, `query Sneak { household(id: "h-s2") { members { name } events { description } } }`);
    expect(next).toEqual([]);
    expect(JSON.stringify(error)).toMatch(/Only subscriptions go over the WebSocket/);
    expect(JSON.stringify(error)).not.toMatch(/h-s2|description/i);
  });

  it("does not describe the schema to a query it refuses, nor through a subscription's validation errors", async () => {
    const client = await connect(WIJKTEAM);
    const asQuery = await overSocket(client, `{ househol(id: "h-s2") { id } }`);
    expect(JSON.stringify(asQuery.error)).toMatch(/Only subscriptions/);
    const misspelt = await overSocket(client, `subscription { detectionRunFinishe { seq } }`);
    expect(JSON.stringify(misspelt.error)).toMatch(/Cannot query field/);
    expect(JSON.stringify(misspelt.error)).not.toMatch(/Did you mean/);
  });

  it("refuses a coordinator's triage over the socket: mutations go over HTTP, where they are recorded", async () => {
    const client = await connect({ role: Role.COORDINATOR, user: "ws-coordinator" }, { "x-purpose": "testing" });
    const { next, error } = await overSocket(client, `mutation SneakTriage { triageHit(id: "any", status: SEEN) { id } }`);
    expect(next).toEqual([]);
    expect(JSON.stringify(error)).toMatch(/Only subscriptions/);
  });

  it("applies the alias limit to a subscription, as over HTTP", async () => {
    const client = await connect(WIJKTEAM);
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: seq`).join(" ");
    const { error } = await overSocket(client, `subscription { detectionRunFinished { ${aliases} } }`);
    expect(JSON.stringify(error)).toMatch(/alias/i);
  });

  it("closes a connection that sends a message larger than the body limit", async () => {
    const small = await startApi(graph(), { MAX_BODY_BYTES: "65536" });
    try {
      const socket = new WebSocket(socketUrl(small.url), "graphql-transport-ws");
      const closed = new Promise<number>((resolve) => socket.on("close", (code) => resolve(code)));
      await new Promise((resolve) => socket.on("open", resolve));
      socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${await tokenFor(WIJKTEAM)}` } }));
      const printed = jest.spyOn(console, "error");
      socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: `subscription { detectionRunFinished { seq } } # ${"x".repeat(200_000)}` } }));
      expect(await closed).toBe(1009); // message too big
      expect(printed).not.toHaveBeenCalled(); // no stack of what a client sent in the log
      printed.mockRestore();
    } finally {
      await small.close();
    }
  });

  it("holds at most ten subscriptions open on one connection", async () => {
    const client = await connect({ role: Role.ANALYST, user: "ws-many" });
    const errors: unknown[] = [];
    let completed = 0;
    const sink = { next: () => undefined, error: (e: unknown) => void errors.push(e), complete: () => void completed++ };
    for (let i = 0; i < 10; i++) client.subscribe({ query: "subscription { detectionRunFinished { seq } }" }, sink);
    await new Promise((r) => setTimeout(r, 300));
    expect([errors.length, completed]).toEqual([0, 0]); // ten open
    client.subscribe({ query: "subscription { detectionRunFinished { seq } }" }, sink);
    for (let i = 0; i < 50 && !errors.length; i++) await new Promise((r) => setTimeout(r, 50));
    expect(errors).toHaveLength(1);
    expect(JSON.stringify(errors[0])).toMatch(/At most 10 subscriptions/);
    expect(completed).toBe(0); // the ten stay open
  });
});

describe("2. an open socket does not outlive its token", () => {
  it("is closed with 4401 when the token expires", async () => {
    const token = await signToken(TEST_SECRET, { role: Role.ANALYST, user: "ws-expiring" }, "2s");
    const client = await connect({ role: Role.ANALYST }, {}, api.url, token);
    const closed = new Promise<number>((resolve) => client.on("closed", (e) => resolve((e as { code: number }).code)));
    client.subscribe({ query: "subscription { detectionRunFinished { seq } }" }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    const started = Date.now();
    expect(await closed).toBe(4401);
    expect(Date.now() - started).toBeLessThan(4000);
  });
});

describe("3. outside its own households a coordinator is an analyst: pseudonyms in, no real ids out", () => {
  const STRANGER: As = { role: Role.COORDINATOR, user: "coord-without-h-s4" };

  it("finds nothing by the real id of a household or person it does not coordinate, and records the probe", async () => {
    expect((await api.raw(`query ProbeH { household(id: "h-s4") { id interventions { domain } } }`, {}, STRANGER)).data).toEqual({ household: null });
    expect((await api.raw(`query ProbeP { person(id: "s4-p-son") { id interventions { domain } } }`, {}, STRANGER)).data).toEqual({ person: null });
    const entries = await entriesOf("coord-without-h-s4");
    expect(entries.find((e) => e.operation === "ProbeH")).toMatchObject({ outcome: "NOT_VISIBLE", households: [], requested: ["Household:h-s4"] });
    expect(entries.find((e) => e.operation === "ProbeP")).toMatchObject({ outcome: "NOT_VISIBLE", requested: ["Person:s4-p-son"] });
  });

  it("finds that household by its pseudonym, in analyst form: no real id comes back", async () => {
    const pseudonym = pseudonyms.encode("Household", "h-s4");
    const res = await api.raw(`{ household(id: "${pseudonym}") { id members { id name } } }`, {}, STRANGER);
    const household = res.data?.household as { id: string; members: { id: string; name: string | null }[] };
    expect(household.id).toBe(pseudonym);
    expect(JSON.stringify(household)).not.toMatch(/s4-p-|h-s4/);
  });

  it("gives an agency worker nothing for a pseudonym, even of a household it helps", async () => {
    const res = await api.raw(`{ household(id: "${pseudonyms.encode("Household", "h-s2")}") { id } }`, {}, { role: Role.AGENCY_WORKER, agency: "a-wijkteam" });
    expect(res.data).toEqual({ household: null });
    expect((await api.raw(`{ household(id: "h-s2") { id } }`, {}, { role: Role.AGENCY_WORKER, agency: "a-wijkteam" })).data).toEqual({ household: { id: "h-s2" } });
  });
});

describe("4. the development token is for this machine's own browser, and forwarding headers for configured proxies only", () => {
  let dev: TestApi;
  beforeAll(async () => {
    dev = await startApi(graph(), {}, { Authorization: "Bearer dev-token-xyz", "x-purpose": "dev" });
  });
  afterAll(() => dev.close());
  /** GET with any Host (fetch cannot set one): what a DNS-rebinding page's request looks like. */
  const get = (path: string, headers: Record<string, string>) => new Promise<string>((resolve, reject) => {
    const url = new URL(dev.url);
    http.get({ host: "127.0.0.1", port: url.port, path, headers: { accept: "text/html", ...headers } }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve(body));
    }).on("error", reject);
  });

  it("puts no token in the playground for a page that names another host", async () => {
    expect(await get("/graphql", { host: "127.0.0.1" })).toContain("dev-token-xyz");
    expect(await get("/graphql", { host: "evil.example:4000" })).not.toContain("dev-token-xyz");
    expect(await get("/graphql", { host: "127.0.0.1", "x-forwarded-host": "localhost" })).not.toContain("dev-token-xyz");
  });

  it("offers no development sign-in past the Host check with X-Forwarded-Host", async () => {
    const options = JSON.parse(await get("/auth/options", { host: "evil.example", "x-forwarded-host": "localhost", accept: "application/json" }));
    expect(options.developmentRoles).toEqual([]);
  });

  it("records the connection's own address in the audit trail, not a forged X-Forwarded-For", async () => {
    await api.http({ query: `query Forged { household(id: "h-s1") { id } }` }, {
      authorization: `Bearer ${await tokenFor({ role: Role.ADMIN, user: "forwarded-liar" })}`, "x-purpose": "testing", "x-forwarded-for": "203.0.113.9",
    });
    const [entry] = await entriesOf("forwarded-liar");
    expect(entry?.origin).toMatch(/127\.0\.0\.1/);
  });

  it("believes X-Forwarded-For from a configured proxy", async () => {
    const proxied = await startApi(graph(), { TRUST_PROXY: "loopback" });
    try {
      await proxied.http({ query: `query Proxied { household(id: "h-s1") { id } }` }, {
        authorization: `Bearer ${await tokenFor({ role: Role.ADMIN, user: "behind-proxy" })}`, "x-purpose": "testing", "x-forwarded-for": "203.0.113.10",
      });
      const [entry] = await entriesOf("behind-proxy");
      expect(entry?.origin).toBe("203.0.113.10");
    } finally {
      await proxied.close();
    }
  });
});

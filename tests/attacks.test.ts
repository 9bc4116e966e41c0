/**
 * The outside attack test's findings (issue 7), each reproduced as an outside caller would: over
 * HTTP, with real tokens of a lower role, against the real Neo4j and the seed stories.
 */
import { SignJWT } from "jose";
import { Pseudonyms } from "../src/access/pseudonyms";
import { signToken } from "../src/access/tokens";
import { Role } from "../src/access/viewer";
import { loadConfig } from "../src/config";
import { logger } from "../src/logger";
import { startApi, type TestApi } from "./support/api";
import { Scenario } from "./support/scenario";
import { testGraph } from "./support/graph";
import { removeByPrefix } from "./support/snapshot";
import { storiesApi } from "./support/stories-api";
import { TEST_PSEUDONYM_KEY, TEST_SECRET, type As } from "./support/tokens";

const { api, graph } = storiesApi();
const ADMIN: As = { role: Role.ADMIN };
const ANALYST: As = { role: Role.ANALYST };
const VERSLAVING: As = { role: Role.AGENCY_WORKER, agency: "a-verslaving", user: "attacker-verslaving" };
const POLITIE: As = { role: Role.AGENCY_WORKER, agency: "a-politie" };
const WIJKTEAM: As = { role: Role.AGENCY_WORKER, agency: "a-wijkteam", user: "attacker-wijkteam" };
const code = (res: unknown) => (res as { errors?: { extensions?: Record<string, unknown> }[] }).errors?.[0]?.extensions?.code;
const pseudonyms = new Pseudonyms(TEST_PSEUDONYM_KEY);
const scenarios: Scenario[] = [];
const made = (s: Scenario): Scenario => (scenarios.push(s), s);
afterAll(async () => {
  const cleanup = testGraph(); // the stories' graph is closed by then
  for (const s of scenarios) await removeByPrefix(cleanup, s.p);
  await cleanup.close();
});

describe("1. an agency worker's scope follows membership dates", () => {
  const DOSSIER = `{ household(id: "h-s3") { members { name } interventions { agency { name } domain start } timeline { date summary } } }`;

  it("does not show h-s3 to an agency whose only record is about the ex-partner after he left", async () => {
    expect(await api.raw(DOSSIER, {}, VERSLAVING)).toEqual({ data: { household: null } });
    expect(await api.raw(DOSSIER, {}, POLITIE)).toEqual({ data: { household: null } });
    const list = await api.raw(`{ households(first: 500) { totalCount edges { node { id } } } }`, {}, VERSLAVING);
    const page = list.data?.households as { totalCount: number; edges: { node: { id: string } }[] };
    expect(page.edges.map((e) => e.node.id)).not.toContain("h-s3");
    expect(page.totalCount).toBe(page.edges.length); // the count holds only what is listed
  });

  it("still shows that agency its own record, through the person, and not his old household", async () => {
    const res = await api.raw(`{ person(id: "s3-p-expartner") { name memberships { household { id } } interventions { id kind } } }`, {}, VERSLAVING);
    expect(res.data?.person).toEqual({ name: expect.any(String), memberships: [], interventions: [{ id: "s3-i-ex-verslaving", kind: "ambulante verslavingszorg" }] });
  });

  it("keeps showing h-s3 to an agency that helped him while he lived there", async () => {
    const res = await api.raw(`{ household(id: "h-s3") { id } }`, {}, { role: Role.AGENCY_WORKER, agency: "a-wijkteam" });
    expect(res.data?.household).toEqual({ id: "h-s3" });
  });

  it("shows a coordinator's help on a former member after he left in analyst form only", async () => {
    await api.raw(`mutation { grantHousehold(userId: "pr-attack-coord", householdId: "h-s3") }`);
    const res = await api.raw(`{ person(id: "s3-p-expartner") { interventions { id kind } } }`, {}, { role: Role.COORDINATOR, user: "pr-attack-coord" });
    const ivs = (res.data?.person as { interventions: { id: string; kind: string | null }[] }).interventions;
    expect(ivs.find((i) => i.id === "s3-i-ex-wijkteam")?.kind).toBe("begeleiding"); // while a member: the household's
    expect(ivs.some((i) => i.id.startsWith("iv_") && i.kind === null)).toBe(true); // after he left: not the household's
    await api.raw(`mutation { revokeHousehold(userId: "pr-attack-coord", householdId: "h-s3") }`);
  });

  it("lists a household for an agency's event about a member only on a day the member belonged to it", async () => {
    const s = made(new Scenario("atk-event-day").member("mother", "2010-01-01").member("son", "2010-01-01", "2021-06-01"));
    s.event({ type: "CONTACT", date: "2022-03-01", agency: "politie", person: "son" }); // after he left
    s.event({ type: "CONTACT", date: "2020-03-01", agency: "leerplicht", person: "son" }); // while he lived there
    await s.load(graph());
    const listed = async (agency: string) => ((await api.raw(`query($n: String) { households(neighbourhood: $n) { totalCount } }`,
      { n: s.id("wijk") }, { role: Role.AGENCY_WORKER, agency: s.id(agency) })).data?.households as { totalCount: number }).totalCount;
    expect(await listed("a-politie")).toBe(0);
    expect(await listed("a-leerplicht")).toBe(1);
  });
});

describe("2. filters work only on what the caller may see", () => {
  it("refuses a period filter on another agency's help, so its end date cannot be searched out", async () => {
    for (const from of ["2022-11-30", "2022-12-01"]) {
      const res = await api.raw(`query($from: Date) { households(agencyId: "a-cjg", from: $from) { totalCount } }`, { from }, WIJKTEAM);
      expect(code(res)).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.message).toMatch(/own agency/);
    }
  });

  it("reads a period without agencyId as the worker's own agency's help, so no other agency's end date shows", async () => {
    // the worker's agency (wmo) only met the family; youth care's help ended on 2022-11-30
    const s = made(new Scenario("atk-period").member("mother", "2010-01-01"));
    s.event({ type: "CONTACT", date: "2022-06-01", agency: "wmo", person: "mother" });
    s.help({ agency: "jeugd", domain: "JEUGD", start: "2022-01-01", end: "2022-11-30" });
    await s.load(graph());
    const worker: As = { role: Role.AGENCY_WORKER, agency: s.id("a-wmo") };
    const count = async (from: string | null) => ((await api.raw(`query($from: Date, $n: String) { households(from: $from, neighbourhood: $n) { totalCount } }`,
      { from, n: s.id("wijk") }, worker)).data?.households as { totalCount: number }).totalCount;
    expect(await count(null)).toBe(1);
    expect(await count("2022-11-29")).toBe(await count("2022-11-30"));
  });
});

describe("2b. a filter on one agency's help asks what any filter on help asks", () => {
  it("counts help on a member only while a member, and only in the asked domain and period", async () => {
    const s = made(new Scenario("atk-agency-filter").member("mother", "2010-01-01").member("son", "2010-01-01", "2021-06-01"));
    s.help({ agency: "ggz", domain: "GGZ", start: "2022-01-01", end: "2022-06-01", person: "son" }); // after he left
    s.help({ agency: "jeugd", domain: "JEUGD", start: "2020-01-01", end: "2021-03-01", person: "son" }); // while he lived there
    s.help({ agency: "wmo", domain: "WMO", start: "2023-01-01", end: null, household: true });
    await s.load(graph());
    const count = async (vars: Record<string, string>) => ((await api.raw(`query($n: String, $a: ID, $d: Domain, $from: Date, $to: Date) {
      households(neighbourhood: $n, agencyId: $a, domain: $d, from: $from, to: $to) { totalCount } }`, { n: s.id("wijk"), ...vars })).data?.households as { totalCount: number }).totalCount;
    expect(await count({ a: s.id("a-ggz") })).toBe(0);
    expect(await count({ a: s.id("a-jeugd") })).toBe(1);
    expect(await count({ a: s.id("a-jeugd"), d: "WMO" })).toBe(0);
    expect(await count({ a: s.id("a-jeugd"), from: "2021-03-01" })).toBe(0); // it ended that day
    expect(await count({ a: s.id("a-jeugd"), to: "2019-12-31" })).toBe(0);
    expect(await count({ a: s.id("a-wmo"), from: "2030-01-01" })).toBe(1); // still running
    expect(await count({ a: s.id("a-unknown") })).toBe(0);
  });
});

describe("3. the playground's token is for this machine's own browser only", () => {
  let dev: TestApi;
  beforeAll(async () => {
    dev = await startApi(graph(), {}, { Authorization: "Bearer dev-token-xyz", "x-purpose": "dev" });
  });
  afterAll(() => dev.close());
  const page = (headers: Record<string, string> = {}) => fetch(`${dev.url}/graphql`, { headers: { accept: "text/html", ...headers } }).then((r) => r.text());

  it("puts the token in the page for a loopback client, and not for one behind a proxy", async () => {
    expect(await page()).toContain("dev-token-xyz");
    expect(await page({ "x-forwarded-for": "192.0.2.7" })).not.toContain("dev-token-xyz");
    expect(await page({ forwarded: "for=192.0.2.7" })).not.toContain("dev-token-xyz");
  });

  it("offers no tokens on a HOST that is not loopback unless asked, and never in production", () => {
    expect(loadConfig({}).playgroundTokens).toBe(true);
    expect(loadConfig({ HOST: "0.0.0.0" }).playgroundTokens).toBe(false);
    expect(loadConfig({ HOST: "0.0.0.0", PLAYGROUND_TOKENS: "true" }).playgroundTokens).toBe(true);
    const production = { NODE_ENV: "production", AUTH_JWT_SECRET: TEST_SECRET, PSEUDONYM_KEY: TEST_PSEUDONYM_KEY, PLAYGROUND: "true" };
    expect(loadConfig(production).playgroundTokens).toBe(false);
    expect(() => loadConfig({ ...production, PLAYGROUND_TOKENS: "true" })).toThrow(/not allowed with NODE_ENV=production/);
  });
});

describe("4. analysts' lists reveal nothing of the real ids' order", () => {
  it("orders an analyst's households by their keyed sort value, not by real id", async () => {
    const res = await api.raw(`{ households(first: 500) { edges { node { id } } } }`, {}, ANALYST);
    const ids = (res.data?.households as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id);
    expect(ids.length).toBeGreaterThan(5);
    const real = ids.map((p) => pseudonyms.decode("Household", p) as string);
    expect(real).not.toEqual([...real].sort());
    // the order is the stored keyed hash's (src/graph/order-keys.ts): a walk of its index, as a list in id order walks the ids
    const keys = await graph().read({ name: "test-order-keys", text: "UNWIND $ids AS id MATCH (h:Household {id: id}) RETURN h.orderKey AS key" }, { ids: real });
    const inOrder = keys.map((k) => k.key as string);
    expect(inOrder.every((k) => typeof k === "string" && k.length === 16)).toBe(true);
    expect(inOrder).toEqual([...inOrder].sort());
  });

  it("pages an analyst's households in their keyed order without gaps or repeats", async () => {
    // other test files add and remove households meanwhile: judge by those there before and after
    const everything = async () => ((await api.raw(`{ households(first: 500) { edges { node { id } } } }`, {}, ANALYST)).data?.households as { edges: { node: { id: string } }[] })
      .edges.map((e) => e.node.id);
    const before = await everything();
    const all: string[] = [];
    let after: string | null = null;
    do {
      const res = await api.raw(`query($after: String) { households(first: 3, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`, { after }, ANALYST);
      const page = res.data?.households as { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      all.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && all.length < 60);
    const afterwards = new Set(await everything());
    const last = before.indexOf(all[all.length - 1]!);
    expect(new Set(all).size).toBe(all.length); // none twice
    expect(all.filter((id) => before.includes(id))).toEqual(before.filter((id) => all.includes(id))); // in the list's order
    const stable = before.filter((id, i) => afterwards.has(id) && i <= last);
    expect(stable.filter((id) => !all.includes(id))).toEqual([]); // none left out
    expect(stable.length).toBeGreaterThanOrEqual(5); // the five stories at least
  });

  it("breaks ties in pattern scores by pseudonym for an analyst", async () => {
    const mine = new Set<string>();
    for (let k = 0; k < 8; k++) {
      // in 1990: as of then, these are the only signals in the database, whatever other test files add meanwhile
      const s = made(new Scenario(`atk-tie${k}`).member("mother", "1985-01-01"));
      s.event({ type: "SIGNAL", date: "1990-01-10", agency: "woco", person: "mother", domain: "WONEN", severity: 2 });
      await s.load(graph());
      mine.add(s.household);
    }
    // computed live (asOf): stored hits break ties by their own random id instead (tests/hits-as-work.test.ts)
    const res = await api.raw(`{ patternHits(kind: MISSED_SIGNAL, first: 500, asOf: "1990-06-01") { edges { node { score subject { ... on Household { id } } } } } }`, {}, ANALYST);
    const hits = (res.data?.patternHits as { edges: { node: { score: number; subject: { id: string } } }[] }).edges.map((e) => e.node);
    expect(hits).toEqual([...hits].sort((a, b) => b.score - a.score || (a.subject.id < b.subject.id ? -1 : 1)));
    const real = hits.map((h) => pseudonyms.decode("Household", h.subject.id) as string).filter((id) => mine.has(id));
    expect(real).toHaveLength(8); // all score 1: ordered by pseudonym, which is not their real ids' order
    expect(real).not.toEqual([...real].sort());
  });

  it("orders an analyst's events on one date by pseudonym, across pages", async () => {
    const s = made(new Scenario("atk-events").member("mother", "2010-01-01"));
    const ids = Array.from({ length: 8 }, () => s.event({ type: "NO_SHOW", date: "1990-01-01", agency: "wmo", person: "mother" }));
    await s.load(graph());
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const res = await api.raw(`query($after: String) { events(first: 3, to: "1990-01-01", after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`, { after }, ANALYST);
      const page = res.data?.events as { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      paged.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual([...paged].sort());
    const real = paged.map((p) => pseudonyms.decode("Event", p));
    expect([...real].sort()).toEqual([...ids].sort());
    expect(real).not.toEqual([...real].sort());
  });

  it("refuses a cursor from one list in another", async () => {
    const households = await api.raw(`{ households(first: 1) { pageInfo { endCursor } } }`, {}, ANALYST);
    const cursor = (households.data?.households as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    expect(code(await api.raw(`query($a: String) { agencies(first: 5, after: $a) { totalCount } }`, { a: cursor }, ANALYST))).toBe("BAD_USER_INPUT");
  });
});

describe("5. token claims are checked strictly", () => {
  const send = async (token: string, purpose?: string) => api.http({ query: `{ household(id: "h-s1") { id } }` },
    { authorization: `Bearer ${token}`, ...(purpose !== undefined ? { "x-purpose": purpose } : {}) });
  const raw = (claims: Record<string, unknown>) => new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setIssuer("behangrol-dev")
    .setIssuedAt().setExpirationTime("1h").sign(new TextEncoder().encode(TEST_SECRET));

  it("refuses an empty, numeric or overlong sub", async () => {
    for (const sub of ["", "   ", 12, "x".repeat(201)]) {
      const res = await send(await raw({ sub, role: "ADMIN" }), "test");
      expect([sub, res.status]).toEqual([sub, 401]);
    }
  });

  it("takes a purpose of spaces, in the header or the token, as no purpose", async () => {
    const blankClaim = await signToken(TEST_SECRET, { role: Role.ADMIN, user: "x", purpose: "   " });
    expect(code(await (await send(blankClaim)).json())).toBe("PURPOSE_REQUIRED");
    const plain = await signToken(TEST_SECRET, { role: Role.ADMIN, user: "x" });
    expect(code(await (await send(plain, "   ")).json())).toBe("PURPOSE_REQUIRED");
  });
});

describe("6. probes and refusals leave a trace", () => {
  it("records a lookup of a household the worker may not see as not_visible, with the id asked for", async () => {
    // asking for its members and help too: those are read ahead with the household, and must still show nowhere
    const probe = `query ProbeHidden { household(id: "h-s4") { id members { name } interventions { id } events { id } coordinators { from } timeline { date } } }`;
    const res = await api.raw(probe, {}, VERSLAVING);
    expect(res).toEqual({ data: { household: null } }); // the caller is told nothing
    const trail = await api.raw(`{ auditEvents(userId: "attacker-verslaving", first: 1) { edges { node { outcome operation requested households persons } } } }`);
    expect((trail.data?.auditEvents as { edges: { node: unknown }[] }).edges[0]?.node)
      .toEqual({ outcome: "NOT_VISIBLE", operation: "ProbeHidden", requested: ["Household:h-s4"], households: [], persons: [] });
    const byHousehold = await api.raw(`{ auditEvents(householdId: "h-s4", userId: "attacker-verslaving") { totalCount } }`);
    expect((byHousehold.data?.auditEvents as { totalCount: number }).totalCount).toBeGreaterThan(0);
  });

  it("counts refused tokens per origin in the log, without the token", async () => {
    const warn = jest.spyOn(logger, "warn");
    try {
      for (let i = 0; i < 3; i++) await api.http({ query: "{ household(id: \"h-s1\") { id } }" }, { authorization: "Bearer not-a-real-token-abc" });
      const counted = warn.mock.calls.filter((c) => c[1] === "unauthenticated request refused").map((c) => c[0] as { origin: string; refusedInWindow: number });
      expect(counted.length).toBe(3);
      expect(counted[2]?.refusedInWindow).toBeGreaterThanOrEqual(3);
      expect(JSON.stringify(warn.mock.calls)).not.toContain("not-a-real-token-abc");
    } finally {
      warn.mockRestore();
    }
  });
});

describe("7. production introspection cannot hide in a fragment", () => {
  let production: TestApi;
  beforeAll(async () => (production = await startApi(graph(), { NODE_ENV: "production" })));
  afterAll(() => production.close());

  it.each([
    ["an inline root fragment", `{ ... on Query { __schema { types { name } } } }`],
    ["a named fragment", `query { ...F } fragment F on Query { __type(name: "Household") { fields { name } } }`],
    ["a fragment in a fragment", `query { ...F } fragment F on Query { ...G } fragment G on Query { __schema { queryType { name } } }`],
  ])("refuses %s for an agency worker and a coordinator", async (_, query) => {
    for (const as of [WIJKTEAM, { role: Role.COORDINATOR, user: "pr-regie-2" }]) {
      const res = await production.raw(query, {}, as);
      expect(res.data ?? null).toBeNull();
      expect(code(res)).toBe("FORBIDDEN");
    }
  });
});

describe("8. the cost limit sees the variables", () => {
  const ALIASED = `query($n: Int) { a: households(first: $n) { edges { node { patterns { score } } } }
    b: households(first: $n) { edges { node { patterns { score } } } } c: households(first: $n) { edges { node { patterns { score } } } } }`;

  it("refuses the same expensive query with the page size as a variable or as a literal", async () => {
    expect((await api.raw(ALIASED, { n: 2 }, ANALYST)).errors).toBeUndefined(); // its cost, remembered for n = 2, is not reused for 500
    expect(code(await api.raw(ALIASED, { n: 500 }, ANALYST))).toBe("GRAPHQL_VALIDATION_FAILED");
    expect((await api.raw(ALIASED, { n: 2 }, ANALYST)).errors).toBeUndefined();
    expect(code(await api.raw(ALIASED.replace("($n: Int)", "").replace(/\$n/g, "500"), {}, ANALYST))).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("accepts one full page of 500 pattern hits with explanation, subject and evidence", async () => {
    const res = await api.raw(`query($n: Int) { patternHits(kind: CARE_AVOIDANCE, first: $n) { totalCount edges { cursor node { score explanation(lang: NL)
      subject { ... on Household { id neighbourhood } ... on Person { id } } evidence { role date domain agency { name } } } } } }`, { n: 500 }, ANALYST);
    expect(res.errors).toBeUndefined();
  });

  it("accepts a household page with timelines but not one with every household's live patterns", async () => {
    expect((await api.raw(`{ households(first: 100) { edges { node { timeline { date } } } } }`, {}, ANALYST)).errors).toBeUndefined();
    expect(code(await api.raw(`query($n: Int) { households(first: $n) { edges { node { patterns { score } } } } }`, { n: 500 }, ANALYST))).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("9 and 10. an unreadable body gets a JSON error, and never reaches the log", () => {
  let small: TestApi;
  beforeAll(async () => (small = await startApi(graph(), { MAX_BODY_BYTES: "2048" })));
  afterAll(() => small.close());
  const post = (url: string, body: string | Buffer, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

  it.each([
    ["broken JSON", () => post(api.url, '{"query": '), 400],
    ["a gzip body that is not gzip", () => post(api.url, Buffer.from("not gzip at all"), { "content-encoding": "gzip" }), 400],
    ["an unknown content encoding", () => post(api.url, '{"query":"{ __typename }"}', { "content-encoding": "x-unknown" }), 415],
    ["a character set this server does not read JSON in", () => post(api.url, '{"query":"{ __typename }"}', { "content-type": "application/json; charset=utf-32" }), 415],
    ["a body over the limit", () => post(small.url, JSON.stringify({ query: `{ __typename } # ${"x".repeat(5000)}` })), 413],
  ])("answers %s with JSON, a fixed message and the right status", async (_, send, status) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toMatch(/^The request body|^This content type/);
    expect(JSON.stringify(body)).not.toMatch(/node_modules|SyntaxError|at \w+ \(/);
  });

  it("logs neither the body nor the name in it", async () => {
    const spies = [jest.spyOn(logger, "warn"), jest.spyOn(logger, "error"), jest.spyOn(logger, "info"), jest.spyOn(console, "error"), jest.spyOn(console, "log")];
    try {
      await post(api.url, '{"query":"{household(id:\\"h-s1\\"){ members(name: \\"N. van Dijk');
      await post(small.url, JSON.stringify({ query: `{ __typename } # N. van Dijk ${"x".repeat(5000)}` }));
      const logged = JSON.stringify(spies.flatMap((s) => s.mock.calls));
      expect(logged).toContain("unreadable request body");
      expect(logged).not.toContain("van Dijk");
    } finally {
      for (const s of spies) s.mockRestore();
    }
  });
});

describe("11. a cursor from another list is a user error, not a crash", () => {
  it("answers a patternHits cursor passed to events, and a forged one, with BAD_USER_INPUT", async () => {
    const hits = await api.raw(`{ patternHits(kind: MISSED_SIGNAL, first: 1) { pageInfo { endCursor } } }`);
    const cursor = (hits.data?.patternHits as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    for (const after of [cursor, "bm90LWEtY3Vyc29y", "x"]) {
      const res = await api.raw(`query($a: String) { events(first: 5, after: $a) { totalCount } }`, { a: after }, ADMIN);
      expect([after, code(res)]).toEqual([after, "BAD_USER_INPUT"]);
    }
  });
});

import { Pseudonyms } from "../src/access/pseudonyms";
import { Role } from "../src/access/viewer";
import { storiesApi } from "./support/stories-api";
import { signToken } from "../src/access/tokens";
import { TEST_PSEUDONYM_KEY, TEST_SECRET, type As } from "./support/tokens";

const { api } = storiesApi();

const ANALYST: As = { role: Role.ANALYST };
const COORDINATOR: As = { role: Role.COORDINATOR, user: "pr-regie-2" }; // coordinates story 2 (h-s2) since 2024-04-01
const KREDIETBANK: As = { role: Role.AGENCY_WORKER, agency: "a-krediet" }; // helps stories 1, 2 and 3

const HOUSEHOLD = `query($id: ID!) { household(id: $id) {
  id neighbourhood
  members(on: "2024-01-01") { id name birthYear }
  interventions { id domain kind start end endReason agency { id } professional { id name } outcomes { id result } }
  events { id type description agency { id } }
  consents { id purpose }
  timeline { date kind summary person { id name } }
} }`;
type H = {
  id: string; members: { id: string; name: string | null }[];
  interventions: { id: string; kind: string | null; end: string | null; agency: { id: string }; professional: { name: string | null } | null; outcomes: unknown[] }[];
  events: { id: string; description: string | null; agency: { id: string } }[];
  consents: { purpose: string | null }[];
  timeline: { person: { id: string; name: string | null } | null }[];
};
const pseudonyms = new Pseudonyms(TEST_PSEUDONYM_KEY);
const household = async (id: string, as: As) => (await api.raw(HOUSEHOLD, { id }, as)).data?.household as H | null;

describe("authentication", () => {
  const query = { query: "{ household(id: \"h-s1\") { id } }" };

  it("refuses a request without a token with UNAUTHENTICATED and nothing else", async () => {
    const res = await api.http(query, { "x-purpose": "test" });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ errors: [{ message: "Sign in: send Authorization: Bearer <token>.", extensions: { code: "UNAUTHENTICATED" } }] });
  });

  it("says how to authenticate on a 401 without a bearer token (WWW-Authenticate, RFC 9110), with no error code (RFC 6750)", async () => {
    const none = await api.http(query, { "x-purpose": "test" });
    const notBearer = await api.http(query, { authorization: "Basic dXNlcjpwYXNz", "x-purpose": "test" });
    const anonymous = await api.http({ query: "{ __schema { queryType { name } } household(id: \"h-s1\") { id } }" }, { "x-purpose": "test" });
    for (const res of [none, notBearer, anonymous]) expect([res.status, res.headers.get("www-authenticate")]).toEqual([401, 'Bearer realm="behangrol"']);
  });

  it("refuses a token signed with another key, an expired token, and an agency worker's token without its agency, saying invalid_token and why (never the token)", async () => {
    const foreign = await signToken("another-secret-of-at-least-32-characters!", { role: Role.ADMIN, user: "x" });
    const expired = await signToken(TEST_SECRET, { role: Role.ADMIN, user: "x" }, "-1m");
    const noAgency = await signToken(TEST_SECRET, { role: Role.AGENCY_WORKER, user: "x" });
    const messages = await Promise.all([foreign, expired, noAgency].map(async (t) => {
      const res = await api.http(query, { authorization: `Bearer ${t}`, "x-purpose": "test" });
      const message = ((await res.json()) as { errors: { message: string }[] }).errors[0]?.message;
      const challenge = res.headers.get("www-authenticate");
      expect(challenge).toBe(`Bearer realm="behangrol", error="invalid_token", error_description="${message}"`);
      for (const part of t.split(".")) expect(challenge).not.toContain(part);
      return [res.status, message];
    }));
    expect(messages).toEqual([
      [401, "The token is not valid."], [401, "The token has expired; get a new one."], [401, "An AGENCY_WORKER token must name its agency."],
    ]);
  });

  it("lets an anonymous caller outside production introspect (the playground's schema) and nothing else", async () => {
    const schema = await api.http({ query: "{ __schema { queryType { name } } }" });
    expect(await schema.json()).toEqual({ data: { __schema: { queryType: { name: "Query" } } } });
    const mixed = await api.http({ query: "{ __schema { queryType { name } } household(id: \"h-s1\") { id } }" }, { "x-purpose": "test" });
    expect(mixed.status).toBe(401);
  });

  it("answers the health checks without a token", async () => {
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
  });
});

describe("purpose", () => {
  it("refuses to read personal data without a stated purpose", async () => {
    const res = await api.raw(`{ household(id: "h-s1") { id } }`, {}, { role: Role.ADMIN, purpose: null });
    expect(res).toEqual({ errors: [expect.objectContaining({ extensions: { code: "PURPOSE_REQUIRED" } })] });
  });

  it("takes the purpose from the token when there is no header", async () => {
    const token = await signToken(TEST_SECRET, { role: Role.ADMIN, user: "x", purpose: "case conference preparation" });
    const res = await api.http({ query: `{ household(id: "h-s1") { id } }` }, { authorization: `Bearer ${token}` });
    expect(await res.json()).toEqual({ data: { household: { id: "h-s1" } } });
  });

  it("needs no purpose for what is not personal: the agencies", async () => {
    const res = await api.raw(`{ agencies(first: 1) { totalCount } }`, {}, { role: Role.ANALYST, purpose: null });
    expect(res.errors).toBeUndefined();
  });
});

describe("what each role sees", () => {
  it("ADMIN sees everything in full", async () => {
    const h = await household("h-s1", { role: Role.ADMIN });
    expect(h?.id).toBe("h-s1");
    expect(h?.members.map((m) => m.name)).toContain("M. Koster");
    expect(h?.events.find((e) => e.id === "s1-e-huur")?.description).toBe("huurachterstand drie maanden");
  });

  it("ANALYST sees pseudonyms, no names, no free text, and may not look up a real id", async () => {
    expect(await household("h-s1", ANALYST)).toBeNull();
    const list = await api.raw(`{ households(first: 500) { edges { node { id } } } }`, {}, ANALYST);
    const ids = (list.data?.households as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id);
    expect(ids.every((id) => id.startsWith("hh_"))).toBe(true);
    const h = await household(ids[0] as string, ANALYST);
    expect(h?.id).toBe(ids[0]);
    const seen = (await Promise.all(ids.map((id) => household(id, ANALYST)))).filter((x): x is H => x !== null);
    expect(seen.length).toBeGreaterThanOrEqual(5);
    const people = seen.flatMap((x) => [...x.members, ...x.timeline.flatMap((t) => (t.person ? [t.person] : []))]);
    expect(people.every((p) => p.name === null && p.id.startsWith("ps_"))).toBe(true);
    expect(seen.flatMap((x) => x.interventions).every((i) => i.kind === null && (i.professional === null || i.professional.name === null))).toBe(true);
    expect(seen.flatMap((x) => x.events).every((e) => e.description === null)).toBe(true);
    expect(seen.flatMap((x) => x.consents).every((c) => c.purpose === null)).toBe(true);
    expect(JSON.stringify(seen)).not.toMatch(/"(s[1-5]-[a-z]+-|h-s\d|pr-)/); // no real id anywhere
  });

  it("ANALYST sees the same person under the same pseudonym in every answer", async () => {
    const hits = await api.raw(`{ patternHits(kind: ESCALATION_CONCESSION, first: 500) { edges { cursor node { subject { ... on Person { id } } } } } }`, {}, ANALYST);
    const son = (hits.data?.patternHits as { edges: { cursor: string; node: { subject: { id: string } } }[] }).edges;
    expect(son.every((e) => e.node.subject.id.startsWith("ps_"))).toBe(true);
    const again = await api.raw(`{ patternHits(kind: ESCALATION_CONCESSION, first: 500) { edges { node { subject { ... on Person { id } } } } } }`, {}, ANALYST);
    expect((again.data?.patternHits as { edges: unknown[] }).edges).toEqual(son.map((e) => ({ node: e.node })));
    expect(Buffer.from(son[0]?.cursor ?? "", "base64url").toString("latin1")).not.toMatch(/s2-p-son/);
  });

  it("COORDINATOR sees the households it coordinates in full, and others as an analyst does", async () => {
    const own = await household("h-s2", COORDINATOR);
    expect(own?.id).toBe("h-s2");
    expect(own?.members.map((m) => m.name)).toContain("T. Hoekstra");
    expect(await household("h-s1", COORDINATOR)).toBeNull(); // outside its households: pseudonyms in, no real ids
    const other = await household(pseudonyms.encode("Household", "h-s1"), COORDINATOR);
    expect(other?.id).toMatch(/^hh_/);
    expect(other?.members.every((m) => m.name === null && m.id.startsWith("ps_"))).toBe(true);
  });

  it("COORDINATOR sees a household in full once an ADMIN grants it, and no longer once it is revoked", async () => {
    expect((await household(pseudonyms.encode("Household", "h-s3"), COORDINATOR))?.id).toMatch(/^hh_/);
    const granted = await api.raw(`mutation { grantHousehold(userId: "pr-regie-2", householdId: "h-s3") }`);
    expect(granted.data).toEqual({ grantHousehold: "h-s3" });
    expect((await household("h-s3", COORDINATOR))?.id).toBe("h-s3");
    const refused = await api.raw(`mutation { grantHousehold(userId: "pr-regie-2", householdId: "h-s4") }`, {}, COORDINATOR);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const twin = await api.raw(`mutation { grantHouseholdAccess(input: {userId: "pr-regie-2", householdId: "h-s4"}) { householdId } }`, {}, COORDINATOR);
    expect(twin.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await api.raw(`mutation { revokeHousehold(userId: "pr-regie-2", householdId: "h-s3") }`)).data).toEqual({ revokeHousehold: true });
    expect(await household("h-s3", COORDINATOR)).toBeNull();
    expect((await household(pseudonyms.encode("Household", "h-s3"), COORDINATOR))?.id).toMatch(/^hh_/);
  });

  it("AGENCY_WORKER sees its own agency's help in full, of others only that, in which domain and since when", async () => {
    const h = await household("h-s2", KREDIETBANK);
    const own = h?.interventions.find((i) => i.agency.id === "a-krediet");
    expect(own?.kind).toBe("budgetbeheer");
    const other = h?.interventions.find((i) => i.agency.id === "a-ggz");
    expect(other).toMatchObject({ kind: null, end: null, endReason: null, outcomes: [] });
    expect(other?.professional?.name).toBeTruthy(); // whom to call there, as the Verwijsindex would tell
    expect(other).toHaveProperty("start");
    expect(other).toHaveProperty("domain", "GGZ");
    expect(h?.events.every((e) => e.agency.id === "a-krediet")).toBe(true);
  });

  it("AGENCY_WORKER sees more where a consent covers both agencies", async () => {
    const h = await household("h-s1", KREDIETBANK);
    expect(h?.interventions.find((i) => i.agency.id === "a-wijkteam")?.kind).toBe("begeleiding thuis (LVB)"); // consent s1-c-1
    expect(h?.interventions.find((i) => i.agency.id === "a-cjg")?.kind).toBeNull(); // not in the consent
  });

  it("AGENCY_WORKER finds a household it is not involved with not at all, with no error that says it exists", async () => {
    expect(await api.raw(`{ household(id: "h-s4") { id } }`, {}, KREDIETBANK)).toEqual({ data: { household: null } });
    const list = await api.raw(`{ households(first: 500) { totalCount edges { node { id } } } }`, {}, KREDIETBANK);
    expect((list.data?.households as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id)).not.toContain("h-s4");
  });

  it("keeps pattern reports, import and the audit trail to the roles they are for", async () => {
    const forbidden = async (query: string, as: As) => (await api.raw(query, {}, as)).errors?.[0]?.extensions?.code;
    expect(await forbidden(`{ patternHits(kind: CARE_AVOIDANCE) { totalCount } }`, KREDIETBANK)).toBe("FORBIDDEN");
    expect(await forbidden(`mutation { importDataset(dataset: {source: "x"}) { ok } }`, COORDINATOR)).toBe("FORBIDDEN");
    expect(await forbidden(`mutation { importDelivery(input: {dataset: {source: "x"}}) { userErrors { field } } }`, COORDINATOR)).toBe("FORBIDDEN");
    expect(await forbidden(`{ auditEvents { totalCount } }`, ANALYST)).toBe("FORBIDDEN");
    expect(await forbidden(`{ patternHits(kind: CARE_AVOIDANCE) { totalCount } }`, ANALYST)).toBeUndefined();
  });
});

/**
 * Outside attack test of issue 25's surface: node(id:)/nodes(ids:) over typed ids, the input/payload
 * twins of six mutations, two-way pagination. Each attack is tried over HTTP with a lower role's
 * valid token against the real Neo4j. A test for a hole fails while the hole is open (it documents
 * the leak); a test for an attack that is refused passes.
 */
import { Role } from "../src/access/viewer";
import { RequestGraph } from "../src/graph/gateway";
import { startApi } from "./support/api";
import { apiSuite, codeOf, dataOf } from "./support/api-suite";
import { Scenario } from "./support/scenario";
import { tokenFor, type As } from "./support/tokens";

const api = apiSuite();
let s: Scenario;
let ids: { wmo: string; jeugd: string; politie: string; woco: string; storedHit: string; liveHit: string };

/** A family with Wmo and youth help, a housing signal nobody followed up and a police signal; stored hits by importing through the API. */
beforeAll(async () => {
  s = new Scenario("atk-node").member("mother", "2010-01-01").member("son", "2012-03-01");
  const wmo = s.help({ agency: "wmo", person: "mother", domain: "WMO", kind: "begeleiding", start: "2023-01-09", end: null, endReason: null, endReasonCode: null, professionalId: "pw" });
  const jeugd = s.help({ agency: "jeugd", person: "son", domain: "JEUGD", kind: "gezinsbegeleiding", start: "2023-02-01", end: "2024-02-01", endReason: "COMPLETED", endReasonCode: null, professionalId: "pj" });
  const woco = s.event({ type: "SIGNAL", date: "2023-01-10", agency: "woco", person: "mother", domain: "WONEN", severity: 2, description: "buren horen ruzie" });
  const politie = s.event({ type: "SIGNAL", date: "2026-06-10", agency: "politie", person: "mother", domain: "VEILIGHEID", severity: 3, description: "melding huiselijk geweld" });
  s.outcome(jeugd, "2024-01-15", "ACHIEVED").coordinator("2026-01-01");
  api.owns(s.p);
  const delivery = s.delivery();
  delivery.persons = (delivery.persons ?? []).map((p) => ({ ...p, name: p.id.endsWith("mother") ? "Anna Atk Jansen" : "Tim Atk Jansen", birthYear: 1990 }));
  delivery.consents = [{ id: s.id("c"), householdId: s.household, agencyIds: [s.id("a-wmo"), s.id("a-jeugd")], basis: "CONSENT", purpose: "integrale aanpak gezin", from: "2026-01-01", to: null }];
  expect(dataOf<{ ok: boolean }>(await api.raw(`mutation($d: JSON!) { importDataset(dataset: $d) { ok } }`, { d: delivery }), "importDataset").ok).toBe(true);
  const stored = dataOf<{ nodes: { id: string }[] }>(await api.raw(`query($n: String) { patternHits(kind: MISSED_SIGNAL, neighbourhood: $n) { nodes { id } } }`, { n: s.id("wijk") }), "patternHits");
  const live = dataOf<{ nodes: { id: string }[] }>(await api.raw(`query($n: String) { patternHits(kind: MISSED_SIGNAL, asOf: "2026-12-01", neighbourhood: $n) { nodes { id } } }`, { n: s.id("wijk") }, { role: Role.ANALYST }), "patternHits");
  ids = { wmo, jeugd, politie, woco, storedHit: stored.nodes[0]?.id as string, liveHit: live.nodes[0]?.id as string };
  expect(ids.storedHit).toBeTruthy();
  expect(ids.liveHit).toMatch(/^live_/);
});

/** An agency that has nothing to do with the family. */
const STRANGER = (): As => ({ role: Role.AGENCY_WORKER, user: s.id("stranger"), agency: s.id("a-nowhere") });
const COORDINATOR_OTHER = (): As => ({ role: Role.COORDINATOR, user: s.id("pr-someone-else") });
const ANALYST: As = { role: Role.ANALYST };

/** The raw HTTP answer body for a query as a role. */
async function body(query: string, variables: Record<string, unknown>, as: As, purpose = "testing"): Promise<{ status: number; text: string }> {
  const res = await api.api.http({ query, variables }, { authorization: `Bearer ${await tokenFor(as)}`, "x-purpose": purpose });
  return { status: res.status, text: await res.text() };
}

/** The names of the database reads one request asks (what decides its timing class). */
async function readsOf(query: string, variables: Record<string, unknown>, as: As): Promise<{ names: string[]; data: unknown }> {
  const reads = jest.spyOn(RequestGraph.prototype, "readTx");
  try {
    const res = await api.raw(query, variables, as);
    return { names: reads.mock.calls.map((c) => c[0] as string).sort(), data: res.data };
  } finally {
    reads.mockRestore();
  }
}

const AUDIT = `query($u: String) { auditEvents(userId: $u, first: 20) { nodes { operation outcome action requested households persons } } }`;
const entriesOf = async (user: string) => dataOf<{ nodes: Record<string, unknown>[] }>(await api.raw(AUDIT, { u: user }), "auditEvents").nodes;

describe("node(id:) of a record reached through its household costs the same whether it is hidden or absent", () => {
  // README, Security, "Timing": a lookup of a record the caller may not see and of one that does not exist asks the same queries
  // (AccessPolicy.atTheSameCost: found by an outside attack test, where an absent record was answered before its view was worked out)
  it.each([
    ["another agency's help", "Intervention", () => ids.wmo],
    ["the police's signal", "Event", () => ids.politie],
    ["an outcome of another agency's help", "Outcome", () => s.id("o0")],
    ["the household's consent", "Consent", () => s.id("c")],
  ])("%s: an unrelated agency worker's node(id:) asks the same queries for it as for an id that does not exist", async (_, type, id) => {
    const q = `query($id: ID!) { node(id: $id) { id } }`;
    const hidden = await readsOf(q, { id: `${type}:${id()}` }, STRANGER());
    const absent = await readsOf(q, { id: `${type}:${s.p}no-such-${type}` }, STRANGER());
    expect(hidden.data).toEqual({ node: null });
    expect(absent.data).toEqual({ node: null });
    expect(absent.names).toEqual(hidden.names);
  });

  it("a coordinator outside the household: the same queries for another household's help by pseudonym-less real id as for an absent one", async () => {
    const q = `query($id: ID!) { node(id: $id) { id } }`;
    const hidden = await readsOf(q, { id: `Event:${ids.politie}` }, COORDINATOR_OTHER());
    const absent = await readsOf(q, { id: `Event:${s.p}no-such-event` }, COORDINATOR_OTHER());
    expect([hidden.data, absent.data]).toEqual([{ node: null }, { node: null }]);
    expect(absent.names).toEqual(hidden.names);
  });
});

describe("nodes(ids:) with one live hit id repeated looks it up once", () => {
  // a live hit is found again by running its detector: an id given twice in one request (in nodes, or in aliases) is looked up once
  it("costs no more database work for 100 copies of one live hit id than for a handful (or refuses it as too costly)", async () => {
    const q = `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
    const one = await readsOf(q, { ids: [`PatternHit:${ids.liveHit}`] }, ANALYST);
    expect(one.data).toEqual({ nodes: [{ id: ids.liveHit }] });
    const hundred = await readsOf(q, { ids: Array.from({ length: 100 }, () => `PatternHit:${ids.liveHit}`) }, ANALYST);
    const refused = hundred.data === undefined || hundred.data === null;
    // measured: 1 copy asks a handful of reads, 100 copies a hundred times as many (one detector run each)
    const reads = refused ? 0 : hundred.names.length;
    expect({ oneCopy: one.names.length, hundredCopies: reads, withinAHandfulMore: reads <= one.names.length + 5 })
      .toEqual({ oneCopy: one.names.length, hundredCopies: reads, withinAHandfulMore: true });
  });
});

describe("node(id:) and nodes(ids:): attacks that hold", () => {
  it("an unrelated agency worker gets the body of an absent id for every type, byte for byte, at the same HTTP status", async () => {
    const q = "query($id: ID!) { node(id: $id) { id } }";
    const none = await body(q, { id: `Household:${s.p}nobody` }, STRANGER());
    const probes = [`Household:${s.household}`, `Person:${s.id("mother")}`, `Intervention:${ids.wmo}`, `Event:${ids.politie}`, `Outcome:${s.id("o0")}`,
      `Consent:${s.id("c")}`, `PatternHit:${ids.storedHit}`, `PatternHit:${ids.liveHit}`];
    for (const id of probes) expect([id, await body(q, { id }, STRANGER())]).toEqual([id, none]);
  });

  it("an analyst learns nothing by passing a real id, a pseudonym of another type, or a live hit's id as another type", async () => {
    const hh = dataOf<{ nodes: { id: string }[] }>(await api.raw(`query($n: String) { households(neighbourhood: $n, first: 1) { nodes { id } } }`, { n: s.id("wijk") }, ANALYST), "households").nodes[0]!.id;
    const got = dataOf<unknown[]>(await api.raw(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: [`Household:${s.household}`, `Person:${hh}`, `Intervention:${hh}`, `Consent:${hh}`, `Professional:${hh}`, `Household:${ids.liveHit}`, `Case:${hh}`, `AuditEvent:${hh}`],
    }, ANALYST), "nodes");
    expect(got).toEqual(got.map(() => null));
  });

  it("ids with colons, unicode and 100,000 characters are null, echo nothing, and are recorded cut short in the audit trail", async () => {
    const as = { ...ANALYST, user: s.id("odd-ids") };
    const long = `Household:${"Anna".repeat(25_000)}`;
    const res = await api.raw(`query OddIds($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [`Event:${ids.politie}:x`, "Person:Ånnä😀", long] }, as);
    expect(res).toEqual({ data: { nodes: [null, null, null] } });
    const entry = (await entriesOf(s.id("odd-ids"))).find((e) => e.operation === "OddIds");
    expect(entry).toMatchObject({ outcome: "NOT_VISIBLE", households: [], persons: [] });
    for (const r of entry?.requested as string[]) expect(r.length).toBeLessThanOrEqual(120);
  });

  it("records every miss of a batch, duplicates included once, for each type (hits, runs, audit entries, cases)", async () => {
    const as = { ...STRANGER(), user: s.id("batch-prober") };
    const probes = [`PatternHit:${ids.storedHit}`, `PatternHit:${ids.storedHit}`, `DetectionRun:${s.p}run`, `AuditEvent:${s.p}audit`, `Case:${s.p}case`, `Plan:${s.p}plan`];
    await api.raw(`query BatchProbe($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: probes }, as);
    const entry = (await entriesOf(s.id("batch-prober"))).find((e) => e.operation === "BatchProbe");
    expect(entry).toMatchObject({ outcome: "NOT_VISIBLE", action: "READ", households: [], persons: [] });
    expect([...(entry?.requested as string[])].sort()).toEqual([...new Set(probes)].sort());
  });

  it("fifteen aliases of nodes(ids:) with 100 heavy ids each are refused by the cost check before anything runs", async () => {
    const heavy = `nodes(ids: $ids) { ... on Household { timeline { date summary } patterns(asOf: "2026-01-01") { kind } } }`;
    const q = `query($ids: [ID!]!) { ${Array.from({ length: 15 }, (_, i) => `a${i}: ${heavy}`).join(" ")} }`;
    const res = await api.raw(q, { ids: Array.from({ length: 100 }, () => `Household:${s.household}`) }, ANALYST);
    expect(codeOf(res)).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("in production, coordinators and agency workers cannot send a free nodes(ids:) query, with aliases or not", async () => {
    const production = await startApi(api.graph, { NODE_ENV: "production" });
    try {
      for (const as of [COORDINATOR_OTHER(), STRANGER()]) {
        for (const q of [`{ nodes(ids: ["Household:${s.household}"]) { id } }`, `{ x: node(id: "Event:${ids.politie}") { id } }`]) {
          const res = await production.raw(q, {}, as);
          expect(codeOf(res)).toBe("FORBIDDEN");
          expect(res.data).toBeUndefined();
        }
      }
    } finally {
      await production.close();
    }
  });
});

describe("the mutation twins: attacks that hold", () => {
  const TRIAGE = `mutation($i: TriagePatternHitInput!) { triagePatternHit(input: $i) { hit { id } userErrors { field message } } }`;

  it("triagePatternHit as an agency worker or an analyst: the same FORBIDDEN for a real stored hit and an absent one, nothing written", async () => {
    for (const as of [STRANGER(), ANALYST]) {
      const note = "Anna Atk Jansen zegt dat";
      const real = await body(TRIAGE, { i: { id: ids.storedHit, status: "SEEN", note } }, as);
      const absent = await body(TRIAGE, { i: { id: `${s.p}no-such-hit`, status: "SEEN", note } }, as);
      expect(real).toEqual(absent);
      expect(JSON.parse(real.text).errors[0].extensions.code).toBe("FORBIDDEN");
      expect(real.text).not.toContain("Anna");
    }
    const history = dataOf<{ history: unknown[] } | null>(await api.raw(`query($id: ID!) { node(id: $id) { ... on PatternHit { history { to } } } }`, { id: `PatternHit:${ids.storedHit}` }), "node");
    expect(history?.history).toEqual([{ to: "NEW" }]); // only the run's own entry
  });

  it("triagePatternHit as a coordinator of another household: FORBIDDEN, the note not echoed, the attempt in the trail", async () => {
    const as = { ...COORDINATOR_OTHER(), user: s.id("triage-prober") };
    const res = await api.raw(`mutation TriageOthers($i: TriagePatternHitInput!) { triagePatternHit(input: $i) { hit { id } userErrors { field message } } }`,
      { i: { id: ids.storedHit, status: "DISMISSED", reason: "OTHER", note: "Tim Atk Jansen" } }, as);
    expect(codeOf(res)).toBe("FORBIDDEN");
    expect(JSON.stringify(res)).not.toContain("Tim");
    const entries = (await entriesOf(s.id("triage-prober"))).filter((e) => e.operation === "TriageOthers");
    expect(entries.map((e) => e.outcome).sort()).toEqual(["FAILURE", "STARTED"]);
  });

  it("startDetectionRun, grantHouseholdAccess and revokeHouseholdAccess as lower roles: FORBIDDEN, the same for a real and an absent household", async () => {
    const mutations = [
      [`mutation($h: ID!) { startDetectionRun(input: { householdIds: [$h] }) { detectionRun { id } userErrors { field message } } }`],
      [`mutation($h: ID!) { grantHouseholdAccess(input: { userId: "${s.id("pr-someone-else")}", householdId: $h }) { householdId userErrors { field message } } }`],
      [`mutation($h: ID!) { revokeHouseholdAccess(input: { userId: "${s.id("pr-someone-else")}", householdId: $h }) { householdId revoked userErrors { field message } } }`],
    ];
    for (const as of [COORDINATOR_OTHER(), STRANGER(), ANALYST]) {
      for (const [m] of mutations) {
        const real = await body(m as string, { h: s.household }, as);
        const absent = await body(m as string, { h: `${s.p}no-such-household` }, as);
        expect(JSON.parse(real.text).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
        expect(real.text.replace(s.household, "X")).toEqual(absent.text.replace(`${s.p}no-such-household`, "X"));
        expect(real.text).not.toContain(s.household);
      }
    }
    // the coordinator was granted nothing
    const seen = dataOf<{ neighbourhood: string } | null>(await api.raw(`query($id: ID!) { household(id: $id) { neighbourhood } }`, { id: s.household }, COORDINATOR_OTHER()), "household");
    expect(seen).toBeNull();
  });

  it("userErrors name the field, never echo the id given (an id may be a BSN or a name)", async () => {
    const given = "Anna Atk Jansen 123456782";
    const grant = dataOf<{ userErrors: { field: string[]; message: string }[] }>(await api.raw(
      `mutation($h: ID!) { grantHouseholdAccess(input: { userId: "x", householdId: $h }) { householdId userErrors { field message } } }`, { h: given }), "grantHouseholdAccess");
    const run = dataOf<{ userErrors: { field: string[]; message: string }[] }>(await api.raw(
      `mutation($h: ID!) { startDetectionRun(input: { householdIds: [$h] }) { detectionRun { id } userErrors { field message } } }`, { h: given }), "startDetectionRun");
    expect(grant.userErrors).toEqual([{ field: ["input", "householdId"], message: expect.any(String) }]);
    expect(run.userErrors).toEqual([{ field: ["input", "householdIds", "0"], message: expect.any(String) }]);
    expect(JSON.stringify([grant, run])).not.toMatch(/Anna|123456782/);
  });
});

describe("two-way pagination: attacks that hold", () => {
  const HH = `query($n: String, $after: String, $before: String, $last: Int, $first: Int) { households(neighbourhood: $n, first: $first, after: $after, last: $last, before: $before) { totalCount pageInfo { startCursor endCursor } nodes { id } } }`;
  const EV = `query($before: String, $after: String) { events(last: 5, before: $before) { totalCount } interventions(first: 5, after: $after) { totalCount } }`;

  it("a cursor made for an administrator (real-id order) is refused by a coordinator's and an analyst's list, both ways", async () => {
    const admin = dataOf<{ pageInfo: { endCursor: string } }>(await api.raw(HH, { n: s.id("wijk"), first: 1 }), "households");
    for (const as of [COORDINATOR_OTHER(), ANALYST]) {
      expect(codeOf(await api.raw(HH, { n: s.id("wijk"), first: 1, after: admin.pageInfo.endCursor }, as))).toBe("BAD_USER_INPUT");
      expect(codeOf(await api.raw(HH, { n: s.id("wijk"), last: 1, before: admin.pageInfo.endCursor }, as))).toBe("BAD_USER_INPUT");
    }
  });

  it("a live hit's id, or a households cursor, passed as a cursor of another list is refused, its message echoing none of it", async () => {
    const hh = dataOf<{ pageInfo: { endCursor: string } }>(await api.raw(HH, { n: s.id("wijk"), first: 1 }, ANALYST), "households");
    for (const cursor of [ids.liveHit.slice("live_".length), hh.pageInfo.endCursor]) {
      const res = await api.raw(EV, { before: cursor }, ANALYST);
      expect(codeOf(res)).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.message).not.toContain(cursor);
    }
    const runs = await api.raw(`query($b: String) { detectionRuns(last: 1, before: $b) { totalCount } }`, { b: hh.pageInfo.endCursor }, ANALYST);
    expect(codeOf(runs)).toBe("BAD_USER_INPUT");
  });

  it("an unrelated agency worker's households list counts and pages nothing of the family, forwards or backwards", async () => {
    for (const v of [{ first: 500 }, { last: 500 }]) {
      const page = dataOf<{ totalCount: number; nodes: { id: string }[] }>(await api.raw(HH, { n: s.id("wijk"), ...v }, STRANGER()), "households");
      expect(page).toMatchObject({ totalCount: 0, nodes: [] });
    }
  });
});

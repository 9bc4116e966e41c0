/**
 * A household's reach (src/graph/help-reach.ts): the agencies that work with it and the domains it
 * was helped in, kept as relationships so that the totals of an agency worker's households and of
 * the households helped in a domain are degrees. After imports (corrections that move help, a
 * membership that ends, an event on a member), a case conference, a hand-made drift mended by a full
 * run, the migration on a store that has none, and retention, every household's reach is what its
 * records say, and each list's totalCount is how many households it walks. The same for the marks
 * the event and help totals are read from (migration 015: a label per event type, GIVEN_BY beside
 * BY). On a Neo4j of its own: the totals are the whole database's, which other test files change at
 * the same time.
 */
import { Role } from "../src/access/viewer";
import type { Graph } from "../src/graph/gateway";
import { migrate } from "../src/graph/migrations";
import { refreshReach } from "../src/graph/help-reach";
import { runDetection } from "../src/hits/run.service";
import { importDataset } from "../src/import/import.service";
import { applyRetention } from "../src/retention/retention.service";
import { generateMunicipality } from "../seeds/generator/generate";
import { loadStories } from "../seeds/load-stories";
import { startApi, type TestApi } from "./support/api";
import { TODAY } from "./support/graph";
import { startPrivateNeo4j, type PrivateNeo4j } from "./support/private-neo4j";
import { cypher } from "../src/graph/cypher";
import type { As } from "./support/tokens";

const TRUTH = cypher("../tests/support/reach-truth.cypher");
const COUNT_TRUTH = cypher("../tests/support/count-truth.cypher");
const distinct = (xs: string[]): string[] => [...new Set(xs)].sort();
const p = "reach-";

describe("a household's reach, and the totals read from it", () => {
  let store: PrivateNeo4j;
  let graph: Graph;
  let api: TestApi;

  /** Every household's kept reach against what its records say (no repeats kept); the reach of the households asked for. */
  const expectRight = async (): Promise<Map<string, { agencies: string[]; domains: string[] }>> => {
    expect(await graph.read(COUNT_TRUTH)).toEqual([{ events: [], help: [], others: 0 }]);
    const rows = await graph.read(TRUTH);
    expect(rows.length).toBeGreaterThan(0);
    const reach = new Map<string, { agencies: string[]; domains: string[] }>();
    for (const r of rows) {
      const kept = { agencies: [...(r.keptAgencies as string[])].sort(), domains: [...(r.keptDomains as string[])].sort() };
      expect({ id: r.id, ...kept }).toEqual({ id: r.id, agencies: distinct(r.agencies as string[]), domains: distinct(r.domains as string[]) });
      reach.set(r.id as string, kept);
    }
    return reach;
  };
  const import_ = async (delivery: unknown): Promise<void> => {
    const outcome = await importDataset(graph, delivery, TODAY);
    if (!outcome.ok) throw new Error(`the test delivery did not import: ${outcome.errors.map((e) => `${e.path}: ${e.message}`).join("; ")}`);
  };
  /** A households list walked to its end: how many it walked, and every totalCount its pages said. */
  const walk = async (args: string, as?: As): Promise<{ count: number; totals: number[] }> => {
    let count = 0;
    const totals = new Set<number>();
    for (let after: string | null = null; ;) {
      const res = await api.raw(`query($after: String) { households(first: 100, after: $after${args}) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`, { after }, as);
      expect(res.errors).toBeUndefined();
      const page = res.data?.households as { totalCount: number; nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      totals.add(page.totalCount);
      count += page.nodes.length;
      if (!page.pageInfo.hasNextPage) return { count, totals: [...totals] };
      after = page.pageInfo.endCursor;
    }
  };

  beforeAll(async () => {
    store = await startPrivateNeo4j("neo4j-reach-test");
    graph = store.graph;
    await loadStories(graph, TODAY);
    for (const chunk of generateMunicipality({ households: 300, seed: 41 })) await import_(chunk);
    api = await startApi(graph);
  }, 240_000);
  afterAll(async () => {
    await api?.close();
    await store?.stop();
  });

  it("is what the records say after imports, and each domain's and each agency worker's total is how many households the list walks", async () => {
    const reach = await expectRight();
    const perDomain = new Map<string, number>();
    const perAgency = new Map<string, number>();
    for (const { agencies, domains } of reach.values()) {
      for (const d of domains) perDomain.set(d, (perDomain.get(d) ?? 0) + 1);
      for (const a of agencies) perAgency.set(a, (perAgency.get(a) ?? 0) + 1);
    }
    expect(perDomain.size).toBeGreaterThan(3);
    for (const [domain, n] of perDomain) expect({ domain, ...(await walk(`, domain: ${domain}`)) }).toEqual({ domain, count: n, totals: [n] });
    // the three agencies with the most households, as their own workers see them
    const largest = [...perAgency].sort((a, b) => b[1] - a[1]).slice(0, 3);
    expect(largest[0]![1]).toBeGreaterThan(20);
    for (const [agency, n] of largest) {
      expect({ agency, ...(await walk("", { role: Role.AGENCY_WORKER, user: `${p}worker`, agency })) }).toEqual({ agency, count: n, totals: [n] });
    }
  }, 120_000);

  /** An events or help list walked to its end, as `walk` does households. */
  const walkRecords = async (field: "events" | "interventions", args: string, as?: As): Promise<{ count: number; totals: number[] }> => {
    let count = 0;
    const totals = new Set<number>();
    for (let after: string | null = null; ;) {
      const res = await api.raw(`query($after: String) { ${field}(first: 500, after: $after${args}) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`, { after }, as);
      expect(res.errors).toBeUndefined();
      const page = res.data?.[field] as { totalCount: number; nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      totals.add(page.totalCount);
      count += page.nodes.length;
      if (!page.pageInfo.hasNextPage) return { count, totals: [...totals] };
      after = page.pageInfo.endCursor;
    }
  };

  it("counts the events of each type, and the largest agencies' events and help, as many as their lists walk", async () => {
    const [row] = await graph.read({ name: "test-record-spread", text: `
      CALL () { MATCH (e:Event) RETURN collect(DISTINCT e.type) AS types }
      CALL () { MATCH (a:Agency)<-[:BY]-() WITH a, count(*) AS n ORDER BY n DESC LIMIT 3 RETURN collect(a.id) AS agencies }
      RETURN types, agencies` });
    const types = row?.types as string[];
    expect(types.length).toBeGreaterThan(4);
    for (const type of types) {
      const walked = await walkRecords("events", `, type: ${type}`);
      expect({ type, ...walked }).toEqual({ type, count: walked.count, totals: [walked.count] });
      expect(walked.count).toBeGreaterThan(0);
    }
    for (const agency of row?.agencies as string[]) {
      const worker: As = { role: Role.AGENCY_WORKER, user: `${p}worker`, agency };
      for (const [field, args, as] of [["events", "", worker], ["interventions", "", worker], ["events", `, agencyId: "${agency}"`, undefined]] as const) {
        const walked = await walkRecords(field, args, as);
        expect({ agency, field, ...walked }).toEqual({ agency, field, count: walked.count, totals: [walked.count] });
      }
    }
  }, 120_000);

  it("follows corrections: help moved to another household, a membership that ended before a member's help, an event on a member", async () => {
    await import_({
      source: `${p}d1`,
      agencies: [{ id: `${p}a1`, name: "Jeugdteam", kind: "YOUTH_CARE", domains: ["JEUGD"] },
        { id: `${p}a2`, name: "Wmo-loket", kind: "MUNICIPALITY", domains: ["WMO"] },
        { id: `${p}a3`, name: "Woningcorporatie", kind: "HOUSING", domains: ["WONEN"] }],
      households: [{ id: `${p}hA`, neighbourhood: "Centrum" }, { id: `${p}hB`, neighbourhood: "Centrum" }],
      persons: [{ id: `${p}pA`, name: "A. Test", birthYear: 1980 }],
      memberships: [{ personId: `${p}pA`, householdId: `${p}hA`, role: "PARENT", from: "2020-01-01" }],
      interventions: [{ id: `${p}iA`, agencyId: `${p}a1`, householdId: `${p}hA`, domain: "JEUGD", start: "2022-01-01" },
        { id: `${p}iP`, agencyId: `${p}a2`, personId: `${p}pA`, domain: "WMO", start: "2022-03-01" }],
      events: [{ id: `${p}eT`, type: "CONTACT", date: "2022-05-01", agencyId: `${p}a1`, personId: `${p}pA` }],
    });
    const total = async (field: "events" | "interventions", args: string) =>
      ((await api.raw(`{ ${field}(first: 1${args}) { totalCount } }`)).data?.[field] as { totalCount: number }).totalCount;
    const noShows = await total("events", ", type: NO_SHOW");
    expect([await total("interventions", `, agencyId: "${p}a2"`), await total("events", `, agencyId: "${p}a1"`)]).toEqual([1, 1]);
    let reach = await expectRight();
    expect(reach.get(`${p}hA`)).toEqual({ agencies: [`${p}a1`, `${p}a2`], domains: ["JEUGD", "WMO"] });
    expect(reach.get(`${p}hB`)).toEqual({ agencies: [], domains: [] });
    const worker = (agency: string): As => ({ role: Role.AGENCY_WORKER, user: `${p}worker`, agency });
    expect(await walk("", worker(`${p}a2`))).toEqual({ count: 1, totals: [1] });

    await import_({
      source: `${p}d2`,
      memberships: [{ personId: `${p}pA`, householdId: `${p}hA`, role: "PARENT", from: "2020-01-01", to: "2021-06-01" }],
      interventions: [{ id: `${p}iA`, agencyId: `${p}a1`, householdId: `${p}hB`, domain: "JEUGD", start: "2022-01-01" },
        { id: `${p}iP`, agencyId: `${p}a3`, personId: `${p}pA`, domain: "WMO", start: "2022-03-01" }],
      events: [{ id: `${p}eP`, type: "SIGNAL", date: "2021-02-01", agencyId: `${p}a3`, personId: `${p}pA`, domain: "WONEN" },
        { id: `${p}eT`, type: "NO_SHOW", date: "2022-05-01", agencyId: `${p}a1`, personId: `${p}pA` }],
    });
    // the help moved to another agency, the event became another type: each total follows (expectRight checks every mark)
    expect(await total("events", ", type: NO_SHOW")).toBe(noShows + 1);
    expect([await total("interventions", `, agencyId: "${p}a2"`), await total("interventions", `, agencyId: "${p}a3"`)]).toEqual([0, 1]);
    expect(await walkRecords("interventions", `, agencyId: "${p}a3"`)).toEqual({ count: 1, totals: [1] });
    reach = await expectRight();
    expect(reach.get(`${p}hA`)).toEqual({ agencies: [`${p}a3`], domains: [] });
    expect(reach.get(`${p}hB`)).toEqual({ agencies: [`${p}a1`], domains: ["JEUGD"] });
    expect(await walk("", worker(`${p}a2`))).toEqual({ count: 0, totals: [0] });
    expect(await walk("", worker(`${p}a3`))).toEqual({ count: 1, totals: [1] });
  }, 60_000);

  it("is made once when the same households are refreshed by several writers at once (each waits for the household's lock)", async () => {
    const before = await expectRight();
    const ids = [...before.keys()].slice(0, 200);
    await graph.write({ name: "test-forget-some-reach", text: "UNWIND $ids AS id MATCH (:Household {id: id})-[r:REACHED_BY|HELPED_IN]->() DELETE r" }, { ids });
    await Promise.all(Array.from({ length: 6 }, () => refreshReach(graph, ids)));
    expect(await expectRight()).toEqual(before);
  }, 60_000);

  it("a reach and count marks that drifted (relationships and labels removed, made, repeated by hand) are set right by a full run", async () => {
    const before = await expectRight();
    const [row] = await graph.write({
      name: "test-drift-reach",
      text: `MATCH (h:Household)-[r:HELPED_IN]->(:HelpDomain) WITH h, r LIMIT 1 DELETE r
             WITH h MATCH (a:Agency) WHERE NOT EXISTS { (h)-[:REACHED_BY]->(a) } WITH h, a LIMIT 1 CREATE (h)-[:REACHED_BY]->(a)
             WITH h MATCH (x:Household)-[:REACHED_BY]->(b:Agency) WHERE x <> h WITH x, b LIMIT 1 CREATE (x)-[:REACHED_BY]->(b)
             RETURN count(*) AS drifted`,
    });
    expect(row?.drifted).toBe(1);
    const [marks] = await graph.write({
      name: "test-drift-count-marks",
      text: `CALL () { MATCH (e:Event_CONTACT) WITH e LIMIT 1 REMOVE e:Event_CONTACT RETURN count(e) AS unlabelled }
             CALL () { MATCH (e:Event_SIGNAL) WITH e LIMIT 1 SET e:Event_NO_SHOW RETURN count(e) AS mislabelled }
             CALL () { MATCH (:Intervention)-[g:GIVEN_BY]->() WITH g LIMIT 1 DELETE g RETURN count(g) AS ungiven }
             CALL () { MATCH (i:Intervention)-[:BY]->(a:Agency) WITH i, a LIMIT 1 MATCH (b:Agency) WHERE b <> a WITH i, b LIMIT 1 CREATE (i)-[:GIVEN_BY]->(b) RETURN count(b) AS misgiven }
             RETURN unlabelled + mislabelled + ungiven + misgiven AS drifted`,
    });
    expect(marks?.drifted).toBe(4);
    await expect(expectRight()).rejects.toThrow();
    await runDetection(graph, { today: TODAY, trigger: "test", householdIds: null });
    expect(await expectRight()).toEqual(before);
  }, 180_000);

  it("the migration that brings the reach sets it for the households a store already holds", async () => {
    const before = await expectRight();
    await graph.write({ name: "test-forget-reach", text: "MATCH (:Household)-[r:REACHED_BY|HELPED_IN]->() DELETE r WITH count(*) AS gone MATCH (m:Migration {version: '014'}) DELETE m" });
    await expect(expectRight()).rejects.toThrow();
    expect(await migrate(graph)).toEqual(["014-help-reach.cypher"]);
    expect(await expectRight()).toEqual(before);
    expect(await graph.read({ name: "test-reach-pending", text: "MATCH (p:HelpReachPending) RETURN p" })).toEqual([]);
  }, 120_000);

  it("the migration that brings the event type labels and GIVEN_BY sets them for the records a store already holds", async () => {
    const before = await expectRight();
    const [forgot] = await graph.write({ name: "test-forget-count-marks", text: `
      CALL () { MATCH (e:Event) REMOVE e:Event_SIGNAL, e:Event_REFERRAL, e:Event_CONTACT, e:Event_CONTACT_REFUSED, e:Event_NO_SHOW, e:Event_ESCALATION, e:Event_CONCESSION, e:Event_CASE_CONFERENCE, e:Event_CARE_REQUEST, e:Event_REQUEST_ANSWER RETURN count(e) AS events }
      CALL () { MATCH (:Intervention)-[r:GIVEN_BY]->() DELETE r RETURN count(r) AS help }
      MATCH (m:Migration {version: '015'}) DELETE m
      RETURN events, help` });
    expect(forgot?.events).toBeGreaterThan(100);
    expect(forgot?.help).toBeGreaterThan(100);
    await expect(expectRight()).rejects.toThrow();
    expect(await migrate(graph)).toEqual(["015-record-counts.cypher"]);
    expect(await expectRight()).toEqual(before);
  }, 120_000);

  it("follows retention: what it removes no longer reaches a household", async () => {
    const before = await expectRight();
    const rule = { dataYears: 1, auditYears: 200 }; // everything that ended over a year ago goes, with persons and households that kept nothing
    const report = await applyRetention(graph, rule, TODAY, { userId: "reach-test", origin: "test" });
    expect(report.removed.interventions + report.removed.events).toBeGreaterThan(0);
    const after = await expectRight();
    expect(after).not.toEqual(before);
  }, 180_000);
});

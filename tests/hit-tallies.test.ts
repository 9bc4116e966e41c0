/**
 * The counters per pattern kind and status (HitTally) that a stored pattern page's totalCount and
 * patternSummary's statuses read: after runs, triage (also many at once), hits gone, retention and a
 * counter that drifted, they say what counting the stored hits says. On a Neo4j of their own: the
 * counters are the whole database's, which other test files change at the same time.
 */
import { runDetection } from "../src/hits/run.service";
import { importDataset } from "../src/import/import.service";
import { applyRetention } from "../src/retention/retention.service";
import { generateMunicipality, syntheticPrefix } from "../seeds/generator/generate";
import { loadStories } from "../seeds/load-stories";
import type { Graph } from "../src/graph/gateway";
import { migrate } from "../src/graph/migrations";
import { startApi, type TestApi } from "./support/api";
import { startPrivateNeo4j, type PrivateNeo4j } from "./support/private-neo4j";
import { TODAY } from "./support/graph";

const TRUTH = { name: "test-hit-statuses", text: "MATCH (h:StoredHit) RETURN h.kind + '/' + h.status AS key, count(*) AS n" };
const TALLIES = { name: "test-hit-tallies", text: "MATCH (t:HitTally) WHERE t.n <> 0 RETURN t.key AS key, t.n AS n" };
const HOUSEHOLDS = { name: "test-all-households", text: "MATCH (h:Household) RETURN collect(h.id) AS ids" };
const asMap = (rows: Record<string, unknown>[]): Record<string, number> => Object.fromEntries(rows.map((r) => [r.key as string, r.n as number]).sort());

type HitPage = { totalCount: number; edges: { node: { id: string; status: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

describe("counters of stored hits per kind and status", () => {
  let store: PrivateNeo4j;
  let graph: Graph;
  let api: TestApi;
  const counted = async (): Promise<{ tallies: Record<string, number>; truth: Record<string, number> }> => ({ tallies: asMap(await graph.read(TALLIES)), truth: asMap(await graph.read(TRUTH)) });
  const expectRight = async (): Promise<Record<string, number>> => {
    const { tallies, truth } = await counted();
    expect(Object.keys(truth).length).toBeGreaterThan(0);
    expect(tallies).toEqual(truth);
    return truth;
  };
  const page = async (kind: string, filter: string, after: string | null): Promise<HitPage> => {
    const res = await api.raw(`query($after: String) { patternHits(kind: ${kind}${filter}, first: 40, after: $after) { totalCount edges { node { id status } } pageInfo { hasNextPage endCursor } } }`, { after });
    expect(res.errors).toBeUndefined();
    return res.data?.patternHits as HitPage;
  };
  /** Every hit of the list, page by page, and the totalCount each page said. */
  const walk = async (kind: string, filter = "") => {
    const ids: string[] = [];
    const totals = new Set<number>();
    for (let after: string | null = null; ;) {
      const p: HitPage = await page(kind, filter, after);
      totals.add(p.totalCount);
      ids.push(...p.edges.map((e) => e.node.id));
      if (!p.pageInfo.hasNextPage) return { ids, totals: [...totals] };
      after = p.pageInfo.endCursor;
    }
  };

  beforeAll(async () => {
    store = await startPrivateNeo4j("neo4j-tally-test");
    graph = store.graph;
    await loadStories(graph, TODAY);
    for (const chunk of generateMunicipality({ households: 400, seed: 31 })) {
      const outcome = await importDataset(graph, chunk, TODAY);
      if (!outcome.ok) throw new Error("the generated municipality did not import");
    }
    api = await startApi(graph);
  }, 240_000);
  afterAll(async () => {
    await api?.close();
    await store?.stop();
  });

  it("a run that stores new hits counts them as it writes them (a run of some households: the counters are not recounted)", async () => {
    const ids = (await graph.read(HOUSEHOLDS))[0]?.ids as string[];
    await runDetection(graph, { today: TODAY, trigger: "test", householdIds: ids });
    const truth = await expectRight();
    expect(Object.values(truth).reduce((a, b) => a + b, 0)).toBeGreaterThan(20);
  }, 120_000);

  it("the migration that brings the counters counts the hits a store already holds", async () => {
    await graph.write({ name: "test-forget-tallies", text: "MATCH (t:HitTally) DETACH DELETE t WITH count(*) AS gone MATCH (m:Migration {version: '013'}) DELETE m" });
    expect(await graph.read(TALLIES)).toEqual([]);
    expect(await migrate(graph)).toEqual(["013-hit-tallies.cypher"]);
    await expectRight();
  });

  it("triage moves a hit between counters, also sixteen at once, and the page's totalCount is how many the list walks", async () => {
    const truth = asMap(await graph.read(TRUTH));
    const kind = Object.entries(truth).sort((a, b) => b[1] - a[1])[0]![0].split("/")[0]!; // the kind with the most hits
    const before = await walk(kind);
    expect(before.ids.length).toBeGreaterThan(16);
    expect(before.totals).toEqual([before.ids.length]);
    const picked = before.ids.slice(0, 16);
    const triage = (id: string, i: number) => api.raw(
      `mutation($id: ID!, $status: HitStatus!, $reason: DismissReason) { triageHit(id: $id, status: $status, reason: $reason) { status } }`,
      i % 2 ? { id, status: "DISMISSED", reason: "NOT_A_CONCERN" } : { id, status: "RESOLVED", reason: null },
    );
    const answers = await Promise.all(picked.map(triage)); // at once: no counter may lose a move
    expect(answers.every((a) => !a.errors)).toBe(true);
    await expectRight();

    const dismissed = await walk(kind, ", status: [DISMISSED]");
    expect(dismissed.ids.length).toBe(8);
    expect(dismissed.totals).toEqual([8]);
    const open = await walk(kind, ", status: [NEW, IN_PROGRESS]");
    expect(open.ids.length).toBe(before.ids.length - 16);
    expect(open.totals).toEqual([open.ids.length]);

    const summary = await api.raw(`{ patternSummary { statuses { kind status hits } } }`, {});
    const statuses = (summary.data?.patternSummary as { statuses: { kind: string; status: string; hits: number }[] }).statuses;
    expect(Object.fromEntries(statuses.map((s) => [`${s.kind}/${s.status}`, s.hits]).sort())).toEqual(asMap(await graph.read(TRUTH)));
  }, 120_000);

  it("hits a run no longer finds move to GONE; with a neighbourhood or since the count reads the hits, and agrees", async () => {
    const prefix = syntheticPrefix(31);
    // the help and events of a quarter of the generated households (h1, h10–h19, h100–h199) are removed: their hits are no longer found
    const { ids } = (await graph.write({
      name: "test-end-records",
      text: "MATCH (h:Household) WHERE h.id STARTS WITH $prefix + 'h1' WITH collect(h) AS hs "
        + "CALL (hs) { UNWIND hs AS h OPTIONAL MATCH (h)<-[:MEMBER_OF]-(p:Person) WITH h, collect(p) + h AS subjects UNWIND subjects AS s "
        + "MATCH (s)<-[:ABOUT|FOR]-(r) WITH DISTINCT r DETACH DELETE r } RETURN [h IN hs | h.id] AS ids",
    }, { prefix }))[0] as { ids: string[] };
    expect(ids.length).toBeGreaterThan(10);
    const run = await runDetection(graph, { today: TODAY, trigger: "test", householdIds: ids });
    expect(run.gone).toBeGreaterThan(0);
    const truth = await expectRight();
    expect(Object.keys(truth).some((k) => k.endsWith("/GONE"))).toBe(true);

    const kind = Object.entries(truth).sort((a, b) => b[1] - a[1])[0]![0].split("/")[0]!;
    const since = await walk(kind, `, since: "${TODAY}"`);
    expect(since.totals).toEqual([since.ids.length]);
    const [row] = await graph.read({ name: "test-a-neighbourhood", text: "MATCH (h:StoredHit {kind: $kind}) WHERE h.status <> 'GONE' RETURN h.neighbourhoods[0] AS n LIMIT 1" }, { kind });
    const inOne = await walk(kind, `, neighbourhood: ${JSON.stringify(row?.n)}`);
    expect(inOne.ids.length).toBeGreaterThan(0);
    expect(inOne.totals).toEqual([inOne.ids.length]);
  }, 120_000);

  it("a full run sets a counter that drifted right again, and retention's removals are counted", async () => {
    await graph.write({ name: "test-drift-tally", text: "MATCH (t:HitTally) WITH t LIMIT 1 SET t.n = t.n + 1000" });
    const drifted = await counted();
    expect(drifted.tallies).not.toEqual(drifted.truth);
    await runDetection(graph, { today: TODAY, trigger: "test", householdIds: null });
    await expectRight();

    // the households whose records were removed above moved away in 2020: retention removes them, with their (gone) hits
    await graph.write({ name: "test-move-away", text: "MATCH (:Person)-[m:MEMBER_OF]->(h:Household) WHERE h.id STARTS WITH $prefix + 'h1' SET m.from = date('2000-01-01'), m.to = date('2020-01-01')" },
      { prefix: syntheticPrefix(31) });
    const rule = { dataYears: 1, auditYears: 200 }; // everything that ended over a year ago goes, with persons and households that kept nothing
    const report = await applyRetention(graph, rule, TODAY, { userId: "tally-test", origin: "test" });
    expect(report.removed.hits).toBeGreaterThan(0);
    await expectRight();
  }, 180_000);
});

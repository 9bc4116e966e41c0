/**
 * Every object a normalised cache (Apollo Client, urql's graphcache, Relay) stores has an id
 * (issue 25): the signed-in user, a pattern summary, each line of the roll. An analyst's ids name
 * records only by their pseudonyms.
 */
import { Role } from "../src/access/viewer";
import type { Graph } from "../src/graph/gateway";
import { importDataset } from "../src/import/import.service";
import type { Dataset } from "../src/import/dataset";
import { startApi, type TestApi } from "./support/api";
import { TODAY, testGraph, uniquePrefix } from "./support/graph";
import { removeByPrefix } from "./support/snapshot";

const p = uniquePrefix("cache-ids");
let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = testGraph();
  api = await startApi(graph);
  const dataset = {
    source: `${p}d`,
    agencies: [{ id: `${p}a`, name: "Wijkteam", kind: "NEIGHBOURHOOD_TEAM", domains: ["WMO"] }],
    households: [{ id: `${p}h`, neighbourhood: `${p}wijk` }],
    persons: [{ id: `${p}p`, birthYear: 1980 }],
    memberships: [{ personId: `${p}p`, householdId: `${p}h`, role: "PARENT", from: "2020-01-01", to: null }],
    interventions: [{ id: `${p}i`, agencyId: `${p}a`, personId: `${p}p`, domain: "WMO", kind: "hulp", start: "2023-01-01", end: "2023-06-01", endReason: "COMPLETED" }],
    events: [{ id: `${p}e`, type: "CONTACT", date: "2023-02-01", agencyId: `${p}a`, personId: `${p}p` }],
  } as Dataset;
  expect((await importDataset(graph, dataset, TODAY)).errors).toEqual([]);
});
afterAll(async () => {
  await removeByPrefix(graph, p);
  await api.close();
  await graph.close();
});

describe("ids for a client's cache", () => {
  it("the signed-in user has one, by role and user", async () => {
    const res = await api.raw("{ viewer { id userId role } }", {}, { role: Role.COORDINATOR, user: "c-1" });
    expect(res.data?.viewer).toEqual({ id: "SignedIn:COORDINATOR:c-1", userId: "c-1", role: "COORDINATOR" });
  });

  it("a pattern summary has one, the stored and a live one different", async () => {
    const stored = await api.raw("{ patternSummary { id } }", {}, { role: Role.ANALYST });
    const live = await api.raw(`{ patternSummary(asOf: "${TODAY}") { id } }`, {}, { role: Role.ANALYST });
    expect(stored.data?.patternSummary).toEqual({ id: "PatternSummary:stored" });
    expect(live.data?.patternSummary).toEqual({ id: `PatternSummary:live:${TODAY}` });
  });

  it("each line of the roll has its own, the same on every read, and an analyst's name no real record", async () => {
    const roll = async (role: Role, id: string) =>
      ((await api.raw(`query($id: ID!) { household(id: $id) { id timeline { id kind date } } }`, { id }, { role })).data?.household as { id: string; timeline: { id: string }[] });
    const admin = await roll(Role.ADMIN, `${p}h`);
    const ids = admin.timeline.map((e) => e.id);
    expect(ids.length).toBeGreaterThanOrEqual(4); // joined, help started, contact, help ended
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(`INTERVENTION_STARTED:${p}i:2023-01-01`);
    expect((await roll(Role.ADMIN, `${p}h`)).timeline.map((e) => e.id)).toEqual(ids);
    const pseudonym = (await api.raw(`{ households(first: 500, neighbourhood: "${p}wijk") { nodes { id } } }`, {}, { role: Role.ANALYST })).data?.households as { nodes: { id: string }[] };
    const analyst = await roll(Role.ANALYST, pseudonym.nodes[0]?.id as string);
    expect(analyst.timeline).toHaveLength(ids.length);
    expect(JSON.stringify(analyst.timeline)).not.toContain(p);
  });
});

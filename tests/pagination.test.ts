import { Role } from "../src/access/viewer";
import type { Graph } from "../src/graph/gateway";
import { importDataset } from "../src/import/import.service";
import { HouseholdsDocument, InterventionsDocument } from "./generated/graphql";
import { startApi, type TestApi } from "./support/api";
import { TODAY, testGraph, uniquePrefix } from "./support/graph";
import { removeByPrefix } from "./support/snapshot";

let graph: Graph;
let api: TestApi;
const p = uniquePrefix("paging");
const wijk = `${p}wijk`;

beforeAll(async () => {
  graph = testGraph();
  api = await startApi(graph);
  const ids = ["h-01", "h-02", "h-03", "h-04", "h-05", "h-06", "h-07"];
  const imported = await importDataset(graph, {
    source: `${p}d`,
    agencies: [{ id: `${p}a`, name: "Wijkteam", kind: "NEIGHBOURHOOD_TEAM", domains: ["WMO"] }, { id: `${p}b`, name: "Schuldhulp", kind: "DEBT_SERVICES", domains: ["SCHULDHULP"] }],
    households: ids.map((id) => ({ id: `${p}${id}`, neighbourhood: wijk })),
    interventions: [...ids.map((id, i) => ({
      id: `${p}i-${id}`, agencyId: `${p}a`, householdId: `${p}${id}`, domain: i % 2 ? "WMO" : "JEUGD", start: `2023-0${(i % 3) + 1}-01`,
    })), { id: `${p}i-b`, agencyId: `${p}b`, householdId: `${p}h-01`, domain: "SCHULDHULP", start: "2023-01-01" }],
    events: [...ids.map((id, i) => ({ id: `${p}e-${id}`, type: i % 3 ? "CONTACT" : "NO_SHOW", date: `2023-0${(i % 4) + 1}-15`, agencyId: `${p}a`, householdId: `${p}${id}` })),
      { id: `${p}e-b`, type: "CONTACT", date: "2023-01-15", agencyId: `${p}b`, householdId: `${p}h-01` }],
  }, TODAY);
  if (!imported.ok) throw new Error(`the test delivery did not import: ${imported.errors.map((e) => `${e.path}: ${e.message}`).join("; ")}`);
});
afterAll(async () => {
  await removeByPrefix(graph, p);
  await api.close();
  await graph.close();
});

const page = async (first: number, after?: string | null) =>
  (await api.run(HouseholdsDocument, { first, neighbourhood: wijk, ...(after ? { after } : {}) })).data!.households;

describe("paginated lists", () => {
  it("say where each page starts as Relay clients expect, and give the nodes without cursors too", async () => {
    const QUERY = `query($w: String, $after: String) { households(first: 3, neighbourhood: $w, after: $after) {
      edges { cursor node { id } } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    type P = { edges: { cursor: string; node: { id: string } }[]; nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null } };
    const get = async (after: string | null) => (await api.raw(QUERY, { w: wijk, after })).data?.households as P;
    const first = await get(null);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: first.edges[0]?.cursor, endCursor: first.edges[2]?.cursor });
    expect(first.nodes).toEqual(first.edges.map((e) => e.node));
    const last = await get((await get(first.pageInfo.endCursor)).pageInfo.endCursor);
    expect(last.nodes).toHaveLength(1);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true, startCursor: last.edges[0]?.cursor });
    const beyond = await get(last.pageInfo.endCursor);
    expect(beyond.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });

  it("walks all households page by page, each once, with the total on every page", async () => {
    const first = await page(3);
    const second = await page(3, first.pageInfo.endCursor);
    const third = await page(3, second.pageInfo.endCursor);
    expect([first, second, third].map((c) => c.totalCount)).toEqual([7, 7, 7]);
    expect([first, second, third].map((c) => c.edges.length)).toEqual([3, 3, 1]);
    expect([first, second, third].map((c) => c.pageInfo.hasNextPage)).toEqual([true, true, false]);
    const ids = [first, second, third].flatMap((c) => c.edges.map((e) => e.node.id));
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(7);
  });

  it("keeps a cursor valid when records are added before it", async () => {
    const first = await page(2);
    await importDataset(graph, { source: `${p}d2`, households: [{ id: `${p}h-00`, neighbourhood: wijk }] }, TODAY);
    const next = await page(2, first.pageInfo.endCursor);
    expect(next.edges.map((e) => e.node.id)).toEqual([`${p}h-03`, `${p}h-04`]);
  });

  it("filters households by the domain of the help they got", async () => {
    const res = await api.run(HouseholdsDocument, { first: 10, neighbourhood: wijk, domain: "WMO" });
    expect(res.data?.households.edges.map((e) => e.node.id)).toEqual([`${p}h-02`, `${p}h-04`, `${p}h-06`]);
  });

  it("pages interventions by start date, then id", async () => {
    const all: string[] = [];
    let after: string | null | undefined;
    do {
      const res = (await api.run(InterventionsDocument, { first: 2, agencyId: `${p}a`, ...(after ? { after } : {}) })).data!.interventions;
      all.push(...res.edges.map((e) => `${e.node.start} ${e.node.id}`));
      after = res.pageInfo.hasNextPage ? res.pageInfo.endCursor : null;
    } while (after);
    expect(all).toHaveLength(7);
    expect(all).toEqual([...all].sort());
  });

  it("counts one agency's events and help (an agency worker's own, or an agencyId filter) as many as its pages walk", async () => {
    const worker = { role: Role.AGENCY_WORKER, user: `${p}worker`, agency: `${p}a` };
    const walk = async (field: "events" | "interventions", args: string, as?: typeof worker) => {
      const ids: string[] = [];
      const totals = new Set<number>();
      for (let after: string | null = null; ;) {
        const res = await api.raw(`query($after: String) { ${field}(first: 2, after: $after${args}) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`, { after }, as);
        expect(res.errors).toBeUndefined();
        const list = res.data?.[field] as { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
        totals.add(list.totalCount);
        ids.push(...list.edges.map((e) => e.node.id));
        if (!list.pageInfo.hasNextPage) return { count: ids.length, totals: [...totals] };
        after = list.pageInfo.endCursor;
      }
    };
    expect(await walk("events", "", worker)).toEqual({ count: 7, totals: [7] });
    expect(await walk("events", `, agencyId: "${p}a", type: NO_SHOW`)).toEqual({ count: 3, totals: [3] });
    expect(await walk("events", `, agencyId: "${p}b"`)).toEqual({ count: 1, totals: [1] });
    expect(await walk("events", `, agencyId: "${p}a", from: "2023-02-01", to: "2023-03-31"`)).toEqual({ count: 4, totals: [4] });
    expect(await walk("interventions", "", worker)).toEqual({ count: 7, totals: [7] });
    expect(await walk("interventions", `, agencyId: "${p}a", domain: JEUGD`)).toEqual({ count: 4, totals: [4] });
    expect(await walk("interventions", `, agencyId: "${p}b"`)).toEqual({ count: 1, totals: [1] });
  });

  it("refuses more than 500 a page, and a cursor it did not give out", async () => {
    const big = await api.raw(`{ households(first: 501) { totalCount } }`);
    expect(big.errors?.[0]).toMatchObject({ message: "first: must be from 1 to 500, got 501", extensions: { code: "BAD_USER_INPUT" } });
    const bad = await api.raw(`{ households(first: 5, after: "bm9wZQ") { totalCount } }`);
    expect(bad.errors?.[0]?.message).toMatch(/after: not a cursor from this list/);
  });
});

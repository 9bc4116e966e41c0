import { Graph } from "../src/graph/gateway";
import { importDataset } from "../src/import/import.service";
import { HouseholdDetailDocument, HouseholdsWithEverythingDocument, ImportDatasetDocument } from "./generated/graphql";
import { startApi, type TestApi } from "./support/api";
import { smallDelivery } from "./support/fixtures";
import { TODAY, testGraph, uniquePrefix } from "./support/graph";
import { removeByPrefix, snapshot } from "./support/snapshot";
import { ADMIN, tokenFor } from "./support/tokens";

let graph: Graph;
let api: TestApi;
beforeAll(async () => {
  graph = testGraph();
  api = await startApi(graph);
});
afterAll(async () => {
  await api.close();
  await graph.close();
});

describe("HTTP", () => {
  it("answers the health checks; ready while Neo4j answers", async () => {
    expect(await (await fetch(`${api.url}/health/live`)).json()).toEqual({ status: "live" });
    const ready = await fetch(`${api.url}/health/ready`);
    expect(ready.status).toBe(200);
  });

  it("serves the playground to a browser, with its assets from this server and no CDN", async () => {
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: "text/html" } });
    const html = await page.text();
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(html).not.toMatch(/https?:\/\//);
    const assets = [...html.matchAll(/(?:src|href)="(\/playground-assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect((await fetch(`${api.url}${asset}`)).status).toBe(200);
    expect(html).toContain("StoryTimeline"); // opens with example operations
  });

  it("answers GraphQL over GET for API clients", async () => {
    const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { accept: "application/json", "apollo-require-preflight": "true", authorization: `Bearer ${await tokenFor(ADMIN)}` },
    });
    expect(await res.json()).toEqual({ data: { __typename: "Query" } });
  });
});

describe("the importDataset mutation", () => {
  it("imports a delivery and reports what it wrote", async () => {
    const p = uniquePrefix("mutation");
    const { data } = await api.run(ImportDatasetDocument, { dataset: smallDelivery(p) });
    expect(data?.importDataset).toMatchObject({ ok: true, source: `${p}delivery`, received: 17, created: 17, errors: [] });
    const household = (await api.run(HouseholdDetailDocument, { id: `${p}h-1`, on: "2023-01-01" })).data?.household;
    expect(household?.members.map((m) => m.id).sort()).toEqual([`${p}p-1`, `${p}p-2`]);
    await removeByPrefix(graph, p);
  });

  it("returns every problem with its path and writes nothing", async () => {
    const p = uniquePrefix("mutation-bad");
    const d = smallDelivery(p);
    d.interventions[0]!.start = "2023-13-01";
    const { data } = await api.run(ImportDatasetDocument, { dataset: d });
    expect(data?.importDataset).toMatchObject({ ok: false, created: 0 });
    expect(data?.importDataset.errors).toContainEqual({ path: "interventions[0].start", message: 'not a date: "2023-13-01" (expected YYYY-MM-DD)' });
    expect(await snapshot(graph, p)).toEqual([]);
  });
  it("refuses a delivery that gives a kind of record twice, saying where, and writes nothing", async () => {
    const p = uniquePrefix("mutation-twice");
    const d = smallDelivery(p);
    // JSON.parse would keep the second list of persons and drop the first without a word
    const dataset = JSON.stringify(d).replace(/}$/, `,"persons":${JSON.stringify(d.persons?.slice(0, 1))}}`);
    const res = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await tokenFor(ADMIN)}`, "x-purpose": "testing" },
      body: `{"query":"mutation($dataset: JSON!) { importDataset(dataset: $dataset) { ok } }","variables":{"dataset":${dataset}}}`,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ message: "The request body gives variables.dataset.persons twice; give each field once.", extensions: { code: "BAD_REQUEST" } }] });
    expect(await snapshot(graph, p)).toEqual([]);
  });
});

describe("queries", () => {
  it("answers null for a household that does not exist", async () => {
    expect((await api.run(HouseholdDetailDocument, { id: "no-such-household" })).data).toEqual({ household: null });
  });

  it("rejects a date argument that is not a date, saying so", async () => {
    const res = await api.raw(`{ household(id: "h") { timeline(from: "2023-02-30") { date } } }`);
    expect(res.errors?.[0]?.message).toMatch(/YYYY-MM-DD, got "2023-02-30"/);
  });

  it("loads nested fields in batches: more households cost no more queries", async () => {
    const cost = async (households: number) => {
      const p = uniquePrefix("batching");
      for (let i = 0; i < households; i++) {
        const d = smallDelivery(`${p}${i}-`);
        d.households![0]!.neighbourhood = `${p}wijk`;
        await importDataset(graph, d, TODAY);
      }
      const reads = jest.spyOn(Graph.prototype, "read"); // the request's own view of the gateway reads too
      const res = await api.run(HouseholdsWithEverythingDocument, { neighbourhood: `${p}wijk` });
      const count = reads.mock.calls.filter(([query]) => query.name !== "runs-after").length; // not the run watcher's poll
      reads.mockRestore();
      expect(res.data?.households.edges).toHaveLength(households);
      await removeByPrefix(graph, p);
      return count;
    };
    const [two, five] = [await cost(2), await cost(5)];
    expect(two).toBeGreaterThan(0);
    expect(five).toBe(two);
  });

  it("reads a page of every household and their help in two queries: the page brings the households whole", async () => {
    const p = uniquePrefix("all");
    const households = Array.from({ length: 5 }, (_, i) => ({ id: `${p}h-${i}` })); // at least a page, whatever else is stored
    expect((await importDataset(graph, { source: `${p}delivery`, households }, TODAY)).ok).toBe(true);
    const reads = jest.spyOn(Graph.prototype, "read");
    const res = await api.raw(`{ households(first: 5) { totalCount edges { node { id neighbourhood interventions { id } } } } }`, {}, ADMIN);
    const names = reads.mock.calls.map(([query]) => query.name).filter((name) => name !== "runs-after");
    reads.mockRestore();
    await removeByPrefix(graph, p);
    expect((res.data?.households as { edges: unknown[] }).edges).toHaveLength(5);
    expect(names).toEqual(["households-page-all", "household-lists"]);
  });

  it("shows help's professionals and outcomes on a page of households as on the household's own page, read with the help", async () => {
    const p = uniquePrefix("parts");
    const d = smallDelivery(p);
    d.households![0]!.neighbourhood = `${p}wijk`;
    await importDataset(graph, d, TODAY);
    const help = "fragment Help on Intervention { id professional { id name } outcomes { date result } }";
    const own = await api.raw(`query($id: ID!) { household(id: $id) { interventions { ...Help } } } ${help}`, { id: `${p}h-1` }, ADMIN);
    const reads = jest.spyOn(Graph.prototype, "read");
    const page = await api.raw(`query($n: String) { households(neighbourhood: $n) { edges { node { interventions { ...Help } } } } } ${help}`, { n: `${p}wijk` }, ADMIN);
    const names = reads.mock.calls.map(([query]) => query.name).filter((name) => name !== "runs-after");
    reads.mockRestore();
    const light = await api.raw(`query($n: String) { households(neighbourhood: $n) { edges { node { interventions { id } } } } }`, { n: `${p}wijk` }, ADMIN);
    await removeByPrefix(graph, p);
    const shown = (own.data?.household as { interventions: { id: string; professional: unknown; outcomes: unknown[] }[] }).interventions;
    expect(shown.some((i) => i.professional) && shown.some((i) => i.outcomes.length)).toBe(true);
    expect((page.data?.households as { edges: { node: unknown }[] }).edges.map((e) => e.node)).toEqual([{ interventions: shown }]);
    expect(names.filter((n) => n === "household-lists")).toHaveLength(1);
    expect(names.filter((n) => n === "professionals-by-id" || n === "outcomes-by-intervention")).toEqual([]);
    expect(light.data).toEqual({ households: { edges: [{ node: { interventions: shown.map(({ id }) => ({ id })) } }] } });
  });

  it("reads a household page's household and all its lists in one query, whatever it asks", async () => {
    const p = uniquePrefix("page");
    await importDataset(graph, smallDelivery(p), TODAY);
    const reads = jest.spyOn(Graph.prototype, "read");
    const res = await api.run(HouseholdDetailDocument, { id: `${p}h-1` });
    const names = reads.mock.calls.map(([query]) => query.name).filter((name) => name !== "runs-after");
    reads.mockRestore();
    await removeByPrefix(graph, p);
    const household = res.data?.household;
    expect([household?.members, household?.interventions, household?.events].every((list) => list?.length)).toBe(true);
    expect(names[0]).toBe("household-lists");
    expect(names.filter((n) => n === "household-lists" || n === "households-by-id")).toEqual(["household-lists"]);
  });

  it("reads households asked for at once in one query, and answers one asked for twice in full", async () => {
    const [p, q] = [uniquePrefix("two"), uniquePrefix("two")];
    for (const x of [p, q]) await importDataset(graph, smallDelivery(x), TODAY);
    const reads = jest.spyOn(Graph.prototype, "read");
    const res = await api.raw(`query($a: ID!, $b: ID!) { a: household(id: $a) { id memberships { role } } b: household(id: $b) { id events { id } }
      again: household(id: $a) { id consents { id } } }`, { a: `${p}h-1`, b: `${q}h-1` }, ADMIN);
    const names = reads.mock.calls.map(([query]) => query.name).filter((name) => name !== "runs-after");
    reads.mockRestore();
    for (const x of [p, q]) await removeByPrefix(graph, x);
    const data = res.data as Record<string, { id: string; memberships?: unknown[]; events?: unknown[]; consents?: unknown[] }>;
    expect([data.a?.memberships?.length, data.b?.events?.length, data.again?.consents?.length]).toEqual([2, 4, 1]);
    expect(names[0]).toBe("household-lists"); // both households and the lists they show
    expect(names).not.toContain("households-by-id");
  });
});

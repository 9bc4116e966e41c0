/**
 * Households' stored sort values (issue 26): a pseudonymised households list walks an index of a
 * keyed hash instead of pseudonymising and sorting every household. Every writer stores the same
 * value, and a household stored without one (before migration 012, or by the offline importer) gets
 * it when the migrations run. Real Neo4j.
 */
import { Role } from "../src/access/viewer";
import type { Graph } from "../src/graph/gateway";
import { migrate } from "../src/graph/migrations";
import { householdOrderKeys } from "../src/graph/order-keys";
import { startApi, type TestApi } from "./support/api";
import { testGraph, uniquePrefix } from "./support/graph";
import { removeByPrefix } from "./support/snapshot";

let graph: Graph;
let api: TestApi;
const p = uniquePrefix("orderkey");
const KEY = { name: "test-order-key-of", text: "UNWIND $ids AS id MATCH (h:Household {id: id}) RETURN h.id AS id, h.orderKey AS key ORDER BY id" };

beforeAll(async () => {
  graph = testGraph();
  api = await startApi(graph);
});
afterAll(async () => {
  await removeByPrefix(graph, p);
  await api.close();
  await graph.close();
});

it("stores each imported household's keyed sort value, the same for every writer and again on a new import", async () => {
  const ids = [`${p}h-1`, `${p}h-2`, `${p}h-3`];
  const dataset = { source: `${p}d`, households: ids.map((id) => ({ id, neighbourhood: `${p}wijk` })) };
  const res = await api.raw(`mutation($d: JSON!) { importDataset(dataset: $d) { ok } }`, { d: dataset });
  expect(res.data?.importDataset).toEqual({ ok: true });
  const keyOf = await householdOrderKeys(testGraph()); // another connection makes the same values: the key is the database's
  const stored = await graph.read(KEY, { ids });
  expect(stored.map((r) => r.key)).toEqual(ids.map(keyOf));
  expect(new Set(stored.map((r) => r.key)).size).toBe(3);
  await api.raw(`mutation($d: JSON!) { importDataset(dataset: $d) { ok } }`, { d: { ...dataset, source: `${p}d2` } }); // a record replaces the stored one
  expect((await graph.read(KEY, { ids })).map((r) => r.key)).toEqual(ids.map(keyOf));
});

it("gives a household stored without one its sort value when the migrations run, and lists it for an analyst from then on", async () => {
  const id = `${p}h-bare`;
  // stored and read back in one statement: another file's migrations may run at any moment on the shared database
  const [bare] = await graph.write({ name: "test-bare-household", text: "CREATE (h:Household {id: $id, neighbourhood: $wijk}) RETURN h.orderKey AS key" }, { id, wijk: `${p}bare` });
  const listed = async () => {
    const res = await api.raw(`query($n: String) { households(first: 10, neighbourhood: $n) { totalCount nodes { id } } }`, { n: `${p}bare` }, { role: Role.ANALYST });
    return res.data?.households as { totalCount: number; nodes: unknown[] };
  };
  expect(bare?.key).toBeNull();
  await migrate(graph);
  expect((await graph.read(KEY, { ids: [id] }))[0]?.key).toBe((await householdOrderKeys(graph))(id));
  expect(await listed()).toEqual({ totalCount: 1, nodes: [expect.any(Object)] });
});

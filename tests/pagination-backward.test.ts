/**
 * Two-way pagination (issue 25): every list pages backward with `last`/`before` exactly as it pages
 * forward with `first`/`after`, in every role's order (real ids, or pseudonyms for an analyst),
 * over HTTP against the real Neo4j. Each list is read over this file's own records only.
 */
import { Role } from "../src/access/viewer";
import type { Graph } from "../src/graph/gateway";
import { runDetection } from "../src/hits/run.service";
import { startApi, type TestApi } from "./support/api";
import { TODAY, testGraph, uniquePrefix } from "./support/graph";
import { removeByPrefix } from "./support/snapshot";
import type { As } from "./support/tokens";

let graph: Graph;
let api: TestApi;
const p = uniquePrefix("backward");
const wijk = `${p}wijk`;
const HOUSEHOLDS = ["h-01", "h-02", "h-03", "h-04", "h-05", "h-06", "h-07", "h-08"].map((h) => `${p}${h}`);
const ADMIN: As = { role: Role.ADMIN };
const ANALYST: As = { role: Role.ANALYST };

beforeAll(async () => {
  graph = testGraph();
  api = await startApi(graph);
  // household k: k % 3 + 1 signals nobody followed up (scores 1-3, with ties), help starting on one of three days (ties)
  const res = await api.raw(`mutation($d: JSON!) { importDataset(dataset: $d) { ok errors { path message } } }`, {
    d: {
      source: `${p}d`,
      agencies: [{ id: `${p}a`, name: "Woningcorporatie", kind: "HOUSING", domains: ["WONEN"] }],
      households: HOUSEHOLDS.map((id) => ({ id, neighbourhood: wijk })),
      interventions: HOUSEHOLDS.map((id, k) => ({ id: `${id}-i`, agencyId: `${p}a`, householdId: id, domain: "WONEN", start: `2022-0${(k % 3) + 1}-01` })),
      events: HOUSEHOLDS.flatMap((id, k) => Array.from({ length: (k % 3) + 1 }, (_, j) => ({
        id: `${id}-e${j}`, type: "SIGNAL", date: `2023-0${j + 1}-1${k % 2}`, agencyId: `${p}a`, householdId: id, domain: "SCHULDHULP", severity: 2,
      }))),
    },
  });
  expect(res.data?.importDataset).toEqual({ ok: true, errors: [] });
  for (const householdId of HOUSEHOLDS.slice(0, 5)) {
    const opened = await api.raw(`mutation($i: OpenCaseInput!) { openCase(input: $i) { userErrors { message } } }`,
      { i: { householdId, legalGround: "LEGAL_TASK", legalArticle: "Jeugdwet art. 2.1" } });
    expect(opened.data?.openCase).toEqual({ userErrors: [] });
  }
  for (let i = 0; i < 5; i++) await api.raw(`query Subject${i} { household(id: "${HOUSEHOLDS[7]}") { id } }`, {}, { role: Role.ADMIN, user: `${p}sar` });
  for (let i = 0; i < 7; i++) await api.raw(`query Trail${i} { household(id: "${HOUSEHOLDS[i]}") { id } }`, {}, { role: Role.ADMIN, user: `${p}auditor` });
});
afterAll(async () => {
  await removeByPrefix(graph, p);
  await api.close();
  await graph.close();
});

type PageInfo = { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
type Got = { totalCount: number; edges: { cursor: string; node: unknown }[]; pageInfo: PageInfo };

/** A list: its field, its filters (enum values as they are, others as JSON), what of each node to read, and as whom. */
interface List { field: string; filter?: Record<string, string | boolean>; node: string; as?: As }
const ENUM_ARGS = new Set(["kind", "orderBy"]);

async function pageOf(list: List, paging: Record<string, unknown>): Promise<Got> {
  const filter = Object.entries(list.filter ?? {}).map(([k, v]) => `, ${k}: ${ENUM_ARGS.has(k) ? String(v) : JSON.stringify(v)}`).join("");
  const query = `query($first: Int, $after: String, $last: Int, $before: String) {
    got: ${list.field}(first: $first, after: $after, last: $last, before: $before${filter}) {
      totalCount edges { cursor node { ${list.node} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
  const res = await api.raw(query, paging, list.as ?? ADMIN);
  expect(res.errors).toBeUndefined();
  return res.data?.got as Got;
}

/** Every node, forward page by page and backward page by page, with every page's PageInfo. */
async function walk(list: List, size: number) {
  const forward: Got[] = [];
  for (let after: string | null = null, more = true; more;) {
    const got = await pageOf(list, { first: size, after });
    forward.push(got);
    more = got.pageInfo.hasNextPage;
    after = got.pageInfo.endCursor;
  }
  const backward: Got[] = [];
  for (let before: string | null = null, more = true; more;) {
    const got = await pageOf(list, { last: size, before });
    backward.unshift(got);
    more = got.pageInfo.hasPreviousPage;
    before = got.pageInfo.startCursor;
  }
  const nodes = (pages: Got[]) => pages.flatMap((g) => g.edges.map((e) => JSON.stringify(e.node)));
  return { forward, backward, forwardNodes: nodes(forward), backwardNodes: nodes(backward) };
}

function expectSameBothWays(w: Awaited<ReturnType<typeof walk>>, count: number, size: number) {
  expect(w.forwardNodes).toHaveLength(count);
  expect(w.backwardNodes).toEqual(w.forwardNodes);
  // backward pages end where forward pages do: the last page is full, the first holds the rest
  expect(w.backward.map((g) => g.edges.length)).toEqual([count % size || size, ...Array<number>(Math.ceil(count / size) - 1).fill(size)].slice(0, w.backward.length));
  expect(w.backward[0]?.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: w.backward.length > 1 });
  expect(w.backward.at(-1)?.pageInfo).toMatchObject({ hasPreviousPage: w.backward.length > 1, hasNextPage: false });
  expect(w.backward.every((g) => g.totalCount === count)).toBe(true);
  for (const g of w.backward) expect([g.pageInfo.startCursor, g.pageInfo.endCursor]).toEqual([g.edges[0]?.cursor, g.edges.at(-1)?.cursor]);
}

describe("paging backward with last and before", () => {
  const lists: [string, List, number][] = [
    ["households, by id", { field: "households", filter: { neighbourhood: wijk }, node: "id" }, 8],
    ["households, by pseudonym for an analyst", { field: "households", filter: { neighbourhood: wijk }, node: "id", as: ANALYST }, 8],
    ["interventions, by start and id (tied starts)", { field: "interventions", filter: { agencyId: `${p}a` }, node: "id start" }, 8],
    ["interventions, by start and pseudonym", { field: "interventions", filter: { agencyId: `${p}a` }, node: "id start", as: ANALYST }, 8],
    ["events, by date and id", { field: "events", filter: { agencyId: `${p}a` }, node: "id date" }, 15],
    ["events, by date and pseudonym", { field: "events", filter: { agencyId: `${p}a` }, node: "id date", as: ANALYST }, 15],
    ["events in a period, by date and pseudonym", { field: "events", filter: { agencyId: `${p}a`, from: "2023-01-11", to: "2023-02-10" }, node: "id date", as: ANALYST }, 6],
    ["events in a period, by date and id", { field: "events", filter: { agencyId: `${p}a`, from: "2023-01-11", to: "2023-02-10" }, node: "id date" }, 6],
    ["stored hits, by score", { field: "patternHits", filter: { kind: "MISSED_SIGNAL", neighbourhood: wijk }, node: "id score" }, 8],
    ["stored hits, newest first", { field: "patternHits", filter: { kind: "MISSED_SIGNAL", neighbourhood: wijk, orderBy: "FIRST_SEEN" }, node: "id score firstSeen" }, 8],
    ["live hits, by score then pseudonym", { field: "patternHits", filter: { kind: "MISSED_SIGNAL", neighbourhood: wijk, asOf: TODAY }, node: "score subject { ... on Household { id } }", as: ANALYST }, 8],
    ["cases, newest first", { field: "cases", filter: { neighbourhood: wijk, mine: false }, node: "id" }, 5],
    ["the caseload, by priority", { field: "caseload", filter: { neighbourhood: wijk, mine: false }, node: "household { id } priority" }, 8],
    ["audit events, newest first", { field: "auditEvents", filter: { userId: `${p}auditor` }, node: "id seq" }, 7],
    ["a household's audit events, newest first", { field: "auditEvents", filter: { householdId: HOUSEHOLDS[7] as string, userId: `${p}sar` }, node: "id seq" }, 5],
  ];

  it.each(lists)("gives %s in the same order both ways, with Relay's PageInfo", async (_name, list, count) => {
    for (const size of [3, count + 2]) expectSameBothWays(await walk(list, size), count, size);
  });

  it("walks the events' date index to exactly the events the filters match, by date and then id, at any page size", async () => {
    const expected = HOUSEHOLDS.flatMap((id, k) => Array.from({ length: (k % 3) + 1 }, (_, j) => ({ id: `${id}-e${j}`, date: `2023-0${j + 1}-1${k % 2}` })))
      .filter((e) => e.date >= "2023-01-11")
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
    for (const size of [1, 2, 4]) {
      const w = await walk({ field: "events", filter: { agencyId: `${p}a`, from: "2023-01-11" }, node: "id date" }, size);
      expect(w.forwardNodes.map((n) => JSON.parse(n) as { id: string; date: string })).toEqual(expected);
      expect(w.forward[0]?.totalCount).toBe(expected.length);
    }
  });

  it("pages cases by the moment they were opened, whatever the fraction of its second (Neo4j writes .12 for .120)", async () => {
    const cases = { field: "cases", filter: { neighbourhood: wijk, mine: false }, node: "id" } as List;
    const ids = (await walk(cases, 10)).forwardNodes.map((n) => (JSON.parse(n) as { id: string }).id);
    const moments = ["2026-01-01T10:00:01.5Z", "2026-01-01T10:00:01.123Z", "2026-01-01T10:00:01.12Z", "2026-01-01T10:00:01.1Z", "2026-01-01T10:00:01Z"];
    await graph.write({ name: "test-set-opened-at", text: "UNWIND $set AS s MATCH (c:Case {id: s.id}) SET c.openedAt = datetime(s.at)" },
      { set: ids.map((id, i) => ({ id, at: moments[i] })) });
    for (const size of [1, 2]) {
      const w = await walk(cases, size);
      expect(w.forwardNodes.map((n) => (JSON.parse(n) as { id: string }).id)).toEqual(ids); // newest first, none skipped or repeated
      expect(w.backwardNodes).toEqual(w.forwardNodes);
    }
  });

  it("pages back from a cursor to just before it, in the list's order, on the unfiltered list of every household too", async () => {
    const ours = await pageOf({ field: "households", filter: { neighbourhood: wijk }, node: "id" }, { first: 5 });
    const cursor = ours.edges[4]?.cursor; // h-05: the same list, so the same cursor, filtered or not
    const all = await pageOf({ field: "households", node: "id" }, { last: 3, before: cursor });
    expect(all.edges.map((e) => (e.node as { id: string }).id)).toEqual(HOUSEHOLDS.slice(1, 4));
    expect(all.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it("pages detection runs back from a cursor: runs added meanwhile come before the page, not in it", async () => {
    for (let i = 0; i < 5; i++) await runDetection(graph, { today: TODAY, trigger: "test", householdIds: [] });
    const runs = { field: "detectionRuns", node: "seq" };
    const newest = await pageOf(runs, { first: 5 });
    const seqs = newest.edges.map((e) => (e.node as { seq: number }).seq);
    const before = await pageOf(runs, { last: 3, before: newest.edges[4]?.cursor });
    expect(before.edges.map((e) => (e.node as { seq: number }).seq)).toEqual(seqs.slice(1, 4));
  });

  it("says which arguments go together, naming the argument", async () => {
    const code = async (args: string) => (await api.raw(`{ households(${args}) { totalCount } }`)).errors?.[0];
    const valid = (await pageOf({ field: "households", filter: { neighbourhood: wijk }, node: "id" }, { first: 1 })).pageInfo.endCursor;
    expect(await code("first: 2, last: 2")).toMatchObject({ message: "last: ask for first or last, not both", extensions: { code: "BAD_USER_INPUT", field: "last" } });
    expect(await code(`after: "${valid}", before: "${valid}"`)).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "before" } });
    expect(await code(`last: 2, after: "${valid}"`)).toMatchObject({ message: "after: goes with first; with last, pass before", extensions: { field: "after" } });
    expect(await code(`first: 2, before: "${valid}"`)).toMatchObject({ message: "before: goes with last; with first, pass after", extensions: { field: "before" } });
    expect(await code("last: 501")).toMatchObject({ message: "last: must be from 1 to 500, got 501", extensions: { field: "last" } });
    expect(await code(`last: 2, before: "nonsense"`)).toMatchObject({ message: "before: not a cursor from this list; pass a cursor you were given by it", extensions: { field: "before" } });
    const agencies = (await api.raw(`{ agencies(first: 1) { pageInfo { endCursor } } }`)).data?.agencies as { pageInfo: PageInfo };
    expect(await code(`last: 2, before: "${agencies.pageInfo.endCursor}"`)).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "before" } }); // another list's cursor
  });
});

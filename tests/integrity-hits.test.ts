/**
 * Integrity of stored hits (issue 21): a run writes only what it found changed, a triage of a hit
 * closed meanwhile is refused, a run whose lock was taken over stops writing.
 */
import { cypher } from "../src/graph/cypher";
import type { Graph } from "../src/graph/gateway";
import { PatternKind } from "../src/detectors/types";
import { runDetection } from "../src/hits/run.service";
import { startApi, type TestApi } from "./support/api";
import { TODAY } from "./support/graph";
import { startPrivateNeo4j, type PrivateNeo4j } from "./support/private-neo4j";
import { Scenario } from "./support/scenario";

const CHANGES = cypher("../tests/support/integrity-changes.cypher");
const CLOSE_HIT = cypher("../tests/support/integrity-close-hit.cypher");
const BLOCKED = cypher("../tests/support/integrity-blocked.cypher");
const STALE_LOCK = cypher("../tests/support/integrity-stale-lock.cypher");
const RUNS_OF = cypher("../tests/support/integrity-runs-of.cypher");

let store: PrivateNeo4j;
let graph: Graph;
let api: TestApi;
// a Neo4j of its own: the take-over test makes the detection lock stale, and on the shared database another file's waiting
// run (a full one among them) could take it first and store this file's hits before the run under test
beforeAll(async () => {
  store = await startPrivateNeo4j("neo4j-integrity-hits");
  graph = store.graph;
  api = await startApi(graph);
}, 180_000);
afterAll(async () => {
  await api?.close();
  await store?.stop();
});

/** A household with a housing signal nobody followed up, and a coordinator `regisseur`; stored (no run yet). */
async function missedSignal(label: string): Promise<Scenario> {
  const s = new Scenario(label).member("mother", "2010-01-01");
  s.event({ type: "SIGNAL", date: "2023-01-10", agency: "woco", person: "mother", domain: "WONEN", severity: 2 });
  s.coordinator("2024-01-01");
  return s.load(graph);
}
const run = (s: Scenario, trigger = "test", more: Partial<Parameters<typeof runDetection>[1]> = {}) =>
  runDetection(graph, { today: TODAY, trigger, householdIds: [s.household], ...more });

const HIT = `query($n: String) { patternHits(kind: MISSED_SIGNAL, neighbourhood: $n, status: [NEW, SEEN, IN_PROGRESS, RESOLVED, DISMISSED, GONE]) { edges { node { id status } } } }`;
async function hitOf(s: Scenario): Promise<{ id: string; status: string }> {
  const res = await api.raw(HIT, { n: s.id("wijk") });
  expect(res.errors).toBeUndefined();
  return (res.data?.patternHits as { edges: { node: { id: string; status: string } }[] }).edges[0]!.node;
}
const TRIAGE = `mutation($id: ID!, $status: HitStatus!, $reason: DismissReason, $assigneeId: ID) {
  triageHit(id: $id, status: $status, reason: $reason, assigneeId: $assigneeId) { id status } }`;
async function triage(id: string, status: string, more: Record<string, unknown> = {}): Promise<void> {
  const res = await api.raw(TRIAGE, { id, status, ...more });
  expect(res.errors).toBeUndefined();
}
const changes = async (id: string) => (await graph.read(CHANGES, { id }))[0] as { status: string; score: number; history: (string | null)[][] };

describe("a detection run and a triage at the same time", () => {
  it("keeps a triage made between the run's read and its write, and stores the run's new evidence with it", async () => {
    const s = await missedSignal("integrity-triage");
    await run(s);
    const { id } = await hitOf(s);
    await triage(id, "SEEN");
    s.event({ type: "SIGNAL", date: "2023-05-10", agency: "woco", person: "mother", domain: "WONEN", severity: 3 });
    await s.load(graph); // new evidence, no run yet
    await run(s, "test", {
      onCompared: async (kind) => {
        if (kind === PatternKind.MISSED_SIGNAL) await triage(id, "IN_PROGRESS", { assigneeId: s.id("pr-regisseur") });
      },
    });
    const after = await changes(id);
    expect(after.status).toBe("IN_PROGRESS"); // not SEEN, as the run had read it
    expect(after.score).toBe(2);
    expect(after.history.map(([, from, to]) => [from, to])).toEqual([[null, "NEW"], ["NEW", "SEEN"], ["SEEN", "IN_PROGRESS"]]);
  });

  it("does not reopen a dismissed hit that someone took up while the run compared it", async () => {
    const s = await missedSignal("integrity-reopen");
    await run(s);
    const { id } = await hitOf(s);
    await triage(id, "DISMISSED", { reason: "DATA_ERROR" });
    s.event({ type: "SIGNAL", date: "2023-05-10", agency: "woco", person: "mother", domain: "WONEN", severity: 3 });
    await s.load(graph);
    const second = await run(s, "test", { onCompared: async (kind) => void (kind === PatternKind.MISSED_SIGNAL && (await triage(id, "SEEN"))) });
    expect(second.counts.find((c) => c.kind === PatternKind.MISSED_SIGNAL)).toMatchObject({ changed: 1, reopened: 0 });
    const after = await changes(id);
    expect(after.status).toBe("SEEN");
    expect(after.history.map(([, , to]) => to)).toEqual(["NEW", "DISMISSED", "SEEN"]);
  });

  it("refuses, as gone, a triage of a hit a run closed between the triage's check and its write", async () => {
    const s = await missedSignal("integrity-gone");
    await run(s);
    const { id } = await hitOf(s);
    let release = (): void => undefined;
    let closed = (): void => undefined;
    const isClosed = new Promise<void>((r) => (closed = r));
    const holding = graph.writeTx("test-hold-close", async (tx) => {
      await tx.run(CLOSE_HIT, { id });
      closed();
      await new Promise<void>((r) => (release = r));
    });
    await isClosed;
    const answer = api.raw(TRIAGE, { id, status: "SEEN" }); // checks against what is committed (not gone), then waits for the hit's lock
    const readers = graph.forRequest();
    for (let i = 0; i < 100 && !((await readers.read(BLOCKED, { name: "triage-hit" }))[0]?.blocked as number); i++) await new Promise((r) => setTimeout(r, 50));
    expect((await readers.read(BLOCKED, { name: "triage-hit" }))[0]?.blocked).toBe(1);
    release();
    await holding;
    const res = await answer;
    expect(res.data?.triageHit ?? null).toBeNull();
    expect(res.errors?.[0]).toMatchObject({ message: expect.stringMatching(/this hit is gone/), extensions: { code: "BAD_USER_INPUT" } });
    expect(res.errors?.[0]?.message).not.toContain(s.p);
    const after = await changes(id);
    expect(after.status).toBe("GONE");
    expect(after.history.map(([, , to]) => to)).toEqual(["NEW"]); // no judgement written
  });
});

describe("a run whose lock was taken over", () => {
  it("stops and writes nothing more, while the run that took over stores the hits and is the only one numbered", async () => {
    const s = await missedSignal("integrity-takeover");
    const [a, b] = [`${s.p}run-a`, `${s.p}run-b`];
    let second: Promise<unknown> | undefined;
    const first = run(s, a, {
      onCompared: async () => {
        if (second) return;
        await graph.write(STALE_LOCK); // as if run A had gone 16 minutes without renewing its lock
        second = run(s, b, { waitMs: 60_000 });
        await second;
      },
    });
    await expect(first).rejects.toMatchObject({ extensions: { code: "DETECTION_BUSY" } });
    const bRun = (await second) as { seq: number; counts: { kind: string; new: number }[] };
    expect(bRun.counts.find((c) => c.kind === "MISSED_SIGNAL")?.new).toBe(1);
    expect(await graph.read(RUNS_OF, { trigger: a })).toEqual([]);
    expect(await graph.read(RUNS_OF, { trigger: b })).toEqual([{ seq: bRun.seq }]);
    const { id } = await hitOf(s);
    expect((await changes(id)).history.map(([, , to, reason]) => [to, reason])).toEqual([["NEW", "FOUND"]]); // found once, by B
  }, 120_000);
});

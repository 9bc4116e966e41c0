/**
 * Pattern hits as work (issue 8): detection runs store hits after every delivery, coordinators
 * triage them, runs are announced over graphql-ws — against the real Neo4j, over HTTP.
 */
import { spawnSync } from "node:child_process";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { Role } from "../src/access/viewer";
import { runDetection, withDetectionLock } from "../src/hits/run.service";
import type { Graph } from "../src/graph/gateway";
import { startApi, type TestApi } from "./support/api";
import { TODAY, testGraph } from "./support/graph";
import { cypher } from "../src/graph/cypher";
import { Scenario } from "./support/scenario";
import { removeByPrefix } from "./support/snapshot";
import { tokenFor, type As } from "./support/tokens";

const COUNT = cypher("../tests/support/count-households-by-prefix.cypher");
let graph: Graph;
let api: TestApi;
const made: Scenario[] = [];
beforeAll(async () => {
  graph = testGraph();
  api = await startApi(graph);
});
afterAll(async () => {
  await api.close();
  for (const s of made) await removeByPrefix(graph, s.p);
  await graph.close();
});

const ANALYST: As = { role: Role.ANALYST };
const code = (res: unknown) => (res as { errors?: { extensions?: Record<string, unknown> }[] }).errors?.[0]?.extensions?.code;

/** A household with a housing signal on 2023-01-10 that nobody followed up; its coordinator is `regisseur`. */
function missedSignal(label: string): Scenario {
  const s = new Scenario(label).member("mother", "2010-01-01");
  s.event({ type: "SIGNAL", date: "2023-01-10", agency: "woco", person: "mother", domain: "WONEN", severity: 2 });
  s.coordinator("2024-01-01");
  made.push(s);
  return s;
}

type Run = { seq: number; trigger: string; startedAt: string; households: number | null; new: number; reopened: number; gone: number; counts: { kind: string; new: number; reopened: number; gone: number }[] };
const IMPORT = `mutation($d: JSON!) { importDataset(dataset: $d) { ok detectionRun { seq trigger startedAt households new reopened gone counts { kind new reopened gone } } } }`;
async function deliver(s: Scenario): Promise<Run> {
  const res = await api.raw(IMPORT, { d: s.delivery() });
  expect(res.errors).toBeUndefined();
  return (res.data?.importDataset as { detectionRun: Run }).detectionRun;
}

type StoredHit = { id: string; status: string; score: number; firstSeen: string; lastSeen: string; subject: { id: string };
  history: { by: string | null; from: string | null; to: string; reason: string | null; note: string | null }[]; assignee: { id: string; name: string | null } | null };
const HITS = `query($n: String, $status: [HitStatus!], $since: Date, $agencyId: ID) {
  patternHits(kind: MISSED_SIGNAL, neighbourhood: $n, status: $status, since: $since, agencyId: $agencyId, first: 50) {
    totalCount edges { node { id status score firstSeen lastSeen subject { ... on Household { id } }
      history { by from to reason note } assignee { id name } } } } }`;
async function stored(s: Scenario, as: As = { role: Role.ADMIN }, filter: Record<string, unknown> = {}): Promise<StoredHit[]> {
  const res = await api.raw(HITS, { n: s.id("wijk"), ...filter }, as);
  expect(res.errors).toBeUndefined();
  return (res.data?.patternHits as { edges: { node: StoredHit }[] }).edges.map((e) => e.node);
}
const TRIAGE = `mutation($id: ID!, $status: HitStatus!, $reason: DismissReason, $note: String, $assigneeId: ID) {
  triageHit(id: $id, status: $status, reason: $reason, note: $note, assigneeId: $assigneeId) { id status history { by to reason note } assignee { id } } }`;

describe("a delivery stores its hits as work", () => {
  it("re-detects the households the delivery touched and stores a NEW hit, first seen today", async () => {
    const s = missedSignal("work-new");
    const run = await deliver(s);
    expect(run).toMatchObject({ households: 1, trigger: "IMPORT", startedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/) });
    expect(run.counts.find((c) => c.kind === "MISSED_SIGNAL")?.new).toBe(1);
    const [hit] = await stored(s);
    expect(hit).toMatchObject({ status: "NEW", score: 1, subject: { id: s.household }, history: [{ from: null, to: "NEW", reason: "FOUND" }] });
    expect(hit?.firstSeen).toBe(hit?.lastSeen);
    const again = await deliver(s); // the same delivery again: nothing new
    expect([again.new, again.gone]).toEqual([0, 0]);
    expect((await stored(s))[0]?.id).toBe(hit?.id);
  });

  it("keeps a dismissed hit dismissed across runs, and reopens it as NEW when its evidence changes", async () => {
    const s = missedSignal("work-dismiss");
    await deliver(s);
    const [hit] = await stored(s);
    const dismissed = await api.raw(TRIAGE, { id: hit?.id, status: "DISMISSED", reason: "COORDINATED_OUTSIDE_SYSTEMS", note: "wijkteam weet ervan" });
    expect(dismissed.data?.triageHit).toMatchObject({ status: "DISMISSED" });
    await deliver(s);
    expect((await stored(s, undefined, { status: ["DISMISSED"] }))[0]?.status).toBe("DISMISSED");
    expect(await stored(s)).toHaveLength(1); // every status but GONE by default
    s.event({ type: "SIGNAL", date: "2023-05-10", agency: "woco", person: "mother", domain: "WONEN", severity: 3 });
    const run = await deliver(s);
    expect(run.counts.find((c) => c.kind === "MISSED_SIGNAL")?.reopened).toBe(1);
    const [reopened] = await stored(s);
    expect(reopened).toMatchObject({ id: hit?.id, status: "NEW", score: 2 });
    expect(reopened?.history.at(-1)).toMatchObject({ by: "detection", from: "DISMISSED", to: "NEW", reason: "EVIDENCE_CHANGED", note: "evidence changed; score 1 → 2" });
    expect(reopened?.history.map((h) => h.to)).toEqual(["NEW", "DISMISSED", "NEW"]);
  });

  it("rewrites a hit's explanation when an agency is renamed, without reopening it: a name is no new evidence", async () => {
    const s = missedSignal("work-rename");
    await deliver(s);
    const [hit] = await stored(s);
    await api.raw(TRIAGE, { id: hit?.id, status: "DISMISSED", reason: "DATA_ERROR" });
    const renamed = s.delivery();
    renamed.agencies!.find((a) => a.id === s.id("a-woco"))!.name = "Woningcorporatie Noord";
    const res = await api.raw(IMPORT, { d: renamed });
    expect((res.data?.importDataset as { detectionRun: Run }).detectionRun.households).toBeNull(); // a changed agency: everyone
    const explained = await api.raw(`query($n: String) { patternHits(kind: MISSED_SIGNAL, neighbourhood: $n, status: [DISMISSED]) { edges { node { id status explanation(lang: NL) } } } }`, { n: s.id("wijk") });
    expect((explained.data?.patternHits as { edges: { node: unknown }[] }).edges[0]?.node).toEqual({
      id: hit?.id, status: "DISMISSED", explanation: expect.stringMatching(/^Woningcorporatie Noord signaleerde/),
    });
  });

  it("closes a hit that is no longer found as GONE, keeping it and its history", async () => {
    const s = missedSignal("work-gone");
    await deliver(s);
    const [hit] = await stored(s);
    s.event({ type: "CASE_CONFERENCE", date: "2023-02-01", agency: "woco", participants: ["woco"] });
    const run = await deliver(s);
    expect(run.counts.find((c) => c.kind === "MISSED_SIGNAL")?.gone).toBe(1);
    expect(await stored(s)).toEqual([]);
    const [gone] = await stored(s, undefined, { status: ["GONE"] });
    expect(gone).toMatchObject({ id: hit?.id, status: "GONE" });
    expect(gone?.history.map((h) => [h.to, h.reason])).toEqual([["NEW", "FOUND"], ["GONE", "NOT_FOUND"]]);
    expect(code(await api.raw(TRIAGE, { id: hit?.id, status: "SEEN" }))).toBe("BAD_USER_INPUT");
  });

  it("gives the same stored state after incremental runs as after a full run", async () => {
    const a = missedSignal("work-inc-a");
    const b = new Scenario("work-inc-b").member("mother", "2010-01-01").member("son", "2005-01-01");
    for (const agency of ["wmo", "jeugd", "woco"]) {
      b.event({ type: "ESCALATION", date: "2023-01-10", agency, person: "son", severity: 2 });
      b.event({ type: "CONCESSION", date: "2023-01-12", agency, person: "son" });
    }
    b.help({ agency: "wmo", person: "mother", domain: "WMO", start: "2023-01-01", end: "2023-12-31" });
    b.help({ agency: "jeugd", person: "son", domain: "JEUGD", start: "2023-02-01", end: "2023-12-31" });
    made.push(b);
    await deliver(a);
    await deliver(b);
    const state = async () => (await graph.read(
      { name: "test-stored-state", text: "MATCH (h:StoredHit) WHERE h.subjectId STARTS WITH $a OR h.subjectId STARTS WITH $b RETURN h.key AS key, h.status AS status, h.fingerprint AS print, h.score AS score ORDER BY key" },
      { a: a.p, b: b.p })).map((r) => JSON.stringify(r));
    const incremental = await state();
    expect(incremental.map((r) => JSON.parse(r).key.split("|")[0]).sort()).toEqual(["ESCALATION_CONCESSION", "MISSED_SIGNAL", "UNCOORDINATED_OVERLAP"]);
    await runDetection(graph, { today: TODAY, trigger: "test", householdIds: null });
    expect(await state()).toEqual(incremental);
  });
});

describe("reading stored hits", () => {
  it("filters by status, first seen, neighbourhood and agency, and leaves out GONE unless asked", async () => {
    const s = missedSignal("work-filter");
    await deliver(s);
    expect(await stored(s, undefined, { since: TODAY })).toHaveLength(1);
    expect(await stored(s, undefined, { since: "2999-01-01" })).toHaveLength(0);
    expect(await stored(s, undefined, { agencyId: s.id("a-woco") })).toHaveLength(1);
    expect(await stored(s, undefined, { agencyId: s.id("a-wmo") })).toHaveLength(0);
    expect(await stored(s, undefined, { status: ["SEEN"] })).toHaveLength(0);
  });

  it("pages stored hits by score with stable cursors, and newest first when asked", async () => {
    // five households of one neighbourhood of this test's own (1, 2, 3, 1 and 2 missed signals), so no other file's hit moves a page
    const wijk = "work-paging-wijk";
    for (const [i, signals] of [1, 2, 3, 1, 2].entries()) {
      const s = missedSignal(`work-paging-${i}`);
      for (let k = 1; k < signals; k++) s.event({ type: "SIGNAL", date: `2023-0${k + 1}-10`, agency: "woco", person: "mother", domain: "WONEN", severity: 2 });
      const d = s.delivery();
      const res = await api.raw(IMPORT, { d: { ...d, households: (d.households ?? []).map((h) => ({ ...h, neighbourhood: wijk })) } });
      expect(res.errors).toBeUndefined();
    }
    const all = await api.raw(`query($n: String) { patternHits(kind: MISSED_SIGNAL, neighbourhood: $n, first: 500) { totalCount edges { cursor node { id score firstSeen } } } }`, { n: wijk });
    const page = all.data?.patternHits as { totalCount: number; edges: { cursor: string; node: { id: string; score: number; firstSeen: string } }[] };
    expect(page.edges.map((e) => e.node.score)).toEqual([3, 2, 2, 1, 1]);
    expect(page.edges.map((e) => e.node)).toEqual([...page.edges.map((e) => e.node)].sort((a, b) => b.score - a.score || (a.id > b.id ? -1 : 1)));
    const cursor = page.edges[1]?.cursor;
    const next = await api.raw(`query($n: String, $a: String) { patternHits(kind: MISSED_SIGNAL, neighbourhood: $n, first: 2, after: $a) { edges { node { id } } } }`, { n: wijk, a: cursor });
    expect((next.data?.patternHits as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id)).toEqual(page.edges.slice(2, 4).map((e) => e.node.id));
    const newest = await api.raw(`query($n: String) { patternHits(kind: MISSED_SIGNAL, neighbourhood: $n, first: 500, orderBy: FIRST_SEEN) { edges { node { firstSeen score } } } }`, { n: wijk });
    const seen = (newest.data?.patternHits as { edges: { node: { firstSeen: string; score: number } }[] }).edges.map((e) => e.node.firstSeen);
    expect(seen).toHaveLength(5);
    expect(seen).toEqual([...seen].sort().reverse());
  });

  it("leaves out a hit whose subject was removed while the page was made, instead of failing the page", async () => {
    const kept = missedSignal("work-kept");
    const removed = missedSignal("work-removed");
    await deliver(kept);
    await deliver(removed);
    const page = `query($n: String) { patternHits(kind: MISSED_SIGNAL, asOf: "2024-06-01", neighbourhood: $n) { edges { node { subject { ... on Household { id } } } } } }`;
    const subjects = async (s: Scenario) => {
      const res = await api.raw(page, { n: s.id("wijk") });
      expect(res.errors).toBeUndefined();
      return (res.data?.patternHits as { edges: { node: { subject: { id: string } } }[] }).edges.map((e) => e.node.subject.id);
    };
    expect(await subjects(removed)).toEqual([removed.household]); // the live hits are now cached for this data version
    // removed behind the cache's back (no new data version): the cached hit names a household that is gone
    await graph.write({ name: "test-remove-household", text: "MATCH (h:Household {id: $id}) DETACH DELETE h" }, { id: removed.household });
    expect(await subjects(removed)).toEqual([]);
    expect(await subjects(kept)).toEqual([kept.household]);
  });

  it("refuses stored-only filters on a live question", async () => {
    expect(code(await api.raw(`{ patternHits(kind: MISSED_SIGNAL, asOf: "2024-01-01", status: [NEW]) { totalCount } }`))).toBe("BAD_USER_INPUT");
  });

  it("shows a household's stored hits on the household, and live ones with asOf", async () => {
    const s = missedSignal("work-household");
    await deliver(s);
    const res = await api.raw(`query($id: ID!) { household(id: $id) { stored: patterns { kind status } live: patterns(asOf: "2024-01-01") { kind status } } }`, { id: s.household });
    expect(res.data?.household).toEqual({ stored: [{ kind: "MISSED_SIGNAL", status: "NEW" }], live: [{ kind: "MISSED_SIGNAL", status: null }] });
  });

  it("sees a new delivery in a live answer at once: cached live results know the data changed", async () => {
    const s = new Scenario("work-live").member("mother", "2010-01-01");
    made.push(s);
    await deliver(s);
    const live = async () => ((await api.raw(`query($n: String) { patternHits(kind: MISSED_SIGNAL, asOf: "2024-06-01", neighbourhood: $n) { totalCount } }`, { n: s.id("wijk") }))
      .data?.patternHits as { totalCount: number }).totalCount;
    expect(await live()).toBe(0);
    s.event({ type: "SIGNAL", date: "2023-01-10", agency: "woco", person: "mother", domain: "WONEN", severity: 2 });
    await deliver(s);
    expect(await live()).toBe(1);
  });

  it("counts stored hits per status in the summary, and lists the runs newest first", async () => {
    const summary = await api.raw(`{ patternSummary { asOf statuses { kind status hits } kinds { kind hits } } }`, {}, ANALYST);
    const statuses = (summary.data?.patternSummary as { statuses: { kind: string; status: string; hits: number }[] }).statuses;
    expect(statuses.some((c) => c.kind === "MISSED_SIGNAL" && c.status === "NEW" && c.hits > 0)).toBe(true);
    const runs = await api.raw(`{ detectionRuns(first: 3) { totalCount edges { node { seq trigger } } } }`, {}, ANALYST);
    const seqs = (runs.data?.detectionRuns as { edges: { node: { seq: number } }[] }).edges.map((e) => e.node.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
  });
});

describe("triage", () => {
  it("needs a reason to dismiss, an assignee to be in progress, and keeps who did what", async () => {
    const s = missedSignal("work-triage");
    await deliver(s);
    const [hit] = await stored(s);
    expect(code(await api.raw(TRIAGE, { id: hit?.id, status: "DISMISSED" }))).toBe("BAD_USER_INPUT");
    expect(code(await api.raw(TRIAGE, { id: hit?.id, status: "IN_PROGRESS" }))).toBe("BAD_USER_INPUT");
    expect(code(await api.raw(TRIAGE, { id: hit?.id, status: "IN_PROGRESS", assigneeId: "nobody-of-that-id" }))).toBe("BAD_USER_INPUT");
    const coordinator: As = { role: Role.COORDINATOR, user: s.id("pr-regisseur") };
    expect((await api.raw(TRIAGE, { id: hit?.id, status: "SEEN" }, coordinator)).data?.triageHit).toMatchObject({ status: "SEEN" });
    const busy = await api.raw(TRIAGE, { id: hit?.id, status: "IN_PROGRESS", assigneeId: s.id("pr-regisseur"), note: "huisbezoek gepland" }, coordinator);
    expect(busy.data?.triageHit).toMatchObject({ status: "IN_PROGRESS", assignee: { id: s.id("pr-regisseur") } });
    const [now] = await stored(s);
    expect(now?.history.slice(1)).toEqual([
      { by: s.id("pr-regisseur"), from: "NEW", to: "SEEN", reason: null, note: null },
      { by: s.id("pr-regisseur"), from: "SEEN", to: "IN_PROGRESS", reason: null, note: "huisbezoek gepland" },
    ]);
    const trail = await api.raw(`query($u: String) { auditEvents(userId: $u, first: 1) { edges { node { action outcome households } } } }`, { u: s.id("pr-regisseur") });
    expect((trail.data?.auditEvents as { edges: { node: unknown }[] }).edges[0]?.node).toEqual({ action: "UPDATE", outcome: "SUCCESS", households: [s.household] });
  });

  it("lets a coordinator triage only its own households' hits, and an analyst none; an analyst sees statuses but no notes", async () => {
    const s = missedSignal("work-access");
    await deliver(s);
    const [hit] = await stored(s);
    await api.raw(TRIAGE, { id: hit?.id, status: "DISMISSED", reason: "OTHER", note: "familie verhuisd naar Zwolle" });
    const other: As = { role: Role.COORDINATOR, user: "pr-regie-2" };
    expect(code(await api.raw(TRIAGE, { id: hit?.id, status: "SEEN" }, other))).toBe("FORBIDDEN");
    expect(code(await api.raw(TRIAGE, { id: hit?.id, status: "SEEN" }, ANALYST))).toBe("FORBIDDEN");
    expect(code(await api.raw(TRIAGE, { id: hit?.id, status: "SEEN" }, { role: Role.AGENCY_WORKER, agency: s.id("a-woco") }))).toBe("FORBIDDEN");
    expect(code(await api.raw(HITS, { n: s.id("wijk") }, { role: Role.AGENCY_WORKER, agency: s.id("a-woco") }))).toBe("FORBIDDEN");
    for (const as of [ANALYST, other]) {
      const [seen] = await stored(s, as, { status: ["DISMISSED"] });
      expect(seen?.status).toBe("DISMISSED");
      expect(seen?.subject.id).toMatch(/^hh_/);
      expect(seen?.history.every((h) => h.note === null && (h.by === null || h.by === "detection"))).toBe(true);
      expect(JSON.stringify(seen)).not.toContain("Zwolle");
    }
  });
});

describe("runs", () => {
  it("announces a finished run over graphql-ws with its counts, to a client with a valid token only", async () => {
    const url = api.url.replace(/^http/, "ws") + "/graphql";
    const refused = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: "Bearer nonsense" }, retryAttempts: 0, lazy: false,
      onNonLazyError: () => undefined });
    const refusal = await new Promise<number>((resolve) => refused.on("closed", (e) => resolve((e as { code: number }).code)));
    expect(refusal).toBe(4403);

    const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${await tokenFor(ANALYST)}` }, retryAttempts: 0 });
    const messages: Run[] = [];
    const done = new Promise<void>((resolve, reject) => {
      client.subscribe<{ detectionRunFinished: Run }>({ query: `subscription { detectionRunFinished { seq trigger startedAt households new reopened gone counts { kind new reopened gone } } }` }, {
        next: (m) => {
          if (m.data) messages.push(m.data.detectionRunFinished);
          if (messages.some((r) => r.households === 1 && r.counts.find((c) => c.kind === "MISSED_SIGNAL")?.new === 1)) resolve();
        },
        error: reject,
        complete: () => undefined,
      });
    });
    await new Promise((r) => setTimeout(r, 300)); // subscribed
    const s = missedSignal("work-ws");
    const run = await deliver(s);
    await done;
    expect(messages.find((m) => m.seq === run.seq)).toEqual(run);
    await client.dispose();
  });

  it("announces a run started by another instance too: it learns of runs from the database", async () => {
    const other = await startApi(graph, { DETECTION_POLL_MS: "200" });
    const client = createClient({ url: other.url.replace(/^http/, "ws") + "/graphql", webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await tokenFor(ANALYST)}` }, retryAttempts: 0 });
    try {
      const seqs: number[] = [];
      client.subscribe<{ detectionRunFinished: { seq: number; trigger: string } }>({ query: "subscription { detectionRunFinished { seq trigger } }" }, {
        next: (m) => void (m.data && seqs.push(m.data.detectionRunFinished.seq)), error: () => undefined, complete: () => undefined,
      });
      await new Promise((r) => setTimeout(r, 500)); // subscribed, and the watcher knows the newest run
      const run = await runDetection(graph, { today: TODAY, trigger: "elsewhere", householdIds: [] }); // not through this API
      for (let i = 0; i < 50 && !seqs.includes(run.seq); i++) await new Promise((r) => setTimeout(r, 100));
      expect(seqs).toContain(run.seq);
    } finally {
      await client.dispose();
      await other.close();
    }
  });

  it("runs one at a time per database: two runs started together do not overlap", async () => {
    const started = [runDetection(graph, { today: TODAY, trigger: "test", householdIds: [] }), runDetection(graph, { today: TODAY, trigger: "test", householdIds: [] })];
    const runs = await Promise.all(started);
    const [first, second] = runs.sort((a, b) => a.seq - b.seq);
    expect(second!.seq).toBeGreaterThan(first!.seq);
    expect(Date.parse(second!.startedAt)).toBeGreaterThanOrEqual(Date.parse(first!.finishedAt));
  });

  it("lets a delivery wait for a run under way before it writes, so its own run counts exactly what it changed", async () => {
    const busy = missedSignal("work-busy");
    await deliver(busy);
    const s = missedSignal("work-queued");
    let reached!: () => void;
    let release!: () => void;
    const compared = new Promise<void>((r) => (reached = r));
    const held = new Promise<void>((r) => (release = r));
    const other = runDetection(graph, { today: TODAY, trigger: "test", householdIds: [busy.household], onCompared: async () => { reached(); await held; } });
    await compared; // the other run holds the lock
    const delivered = deliver(s);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await graph.read(COUNT, { prefix: s.p }))[0]?.n).toBe(0); // checked, and waiting: nothing written yet
    release();
    const [first, run] = await Promise.all([other, delivered]);
    expect(run.seq).toBeGreaterThan(first.seq);
    expect(run.counts.find((c) => c.kind === "MISSED_SIGNAL")?.new).toBe(1);
    expect((await stored(s))[0]).toMatchObject({ status: "NEW", subject: { id: s.household } });
  });

  it("tells how far it has come, detector by detector, so a command can show it", async () => {
    const told: [number, number][] = [];
    const run = await runDetection(graph, { today: TODAY, trigger: "test", householdIds: [], onProgress: (done, total) => told.push([done, total]) });
    expect(told).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((done) => [done, 7]));
    expect(run.counts).toHaveLength(7);
  });

  it("says DETECTION_BUSY when another run keeps the lock longer than it will wait", async () => {
    const other = testGraph(); // another instance, holding the lock as a run does (taken in turn: runs of files beside this one are not disturbed)
    try {
      await withDetectionLock(other, 600_000, async () => {
        await expect(runDetection(graph, { today: TODAY, trigger: "test", householdIds: [], waitMs: 300 }))
          .rejects.toMatchObject({ extensions: { code: "DETECTION_BUSY", http: { status: 503 } } });
      });
    } finally {
      await other.close();
    }
  }, 600_000);

  it("takes the lock over at once from a process of this machine that died holding it (an importer killed mid-way)", async () => {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid; // gone once spawnSync returns
    const holderDied = { name: "test-lock-holder-died", text: "MATCH (l:DetectionLock {id: 'detection'}) WHERE l.runId = $runId SET l.pid = $pid" };
    // the lock taken as any run takes it (runs of files beside this one wait their turn), then its holder made to look dead
    await withDetectionLock(graph, 600_000, async (lock) => {
      // while this process lives it keeps the lock
      await expect(runDetection(graph, { today: TODAY, trigger: "test", householdIds: [], waitMs: 300 })).rejects.toMatchObject({ extensions: { code: "DETECTION_BUSY" } });
      await graph.write(holderDied, { runId: lock.runId, pid: dead });
      // taken over at once, not after 15 minutes (a waiting run of another file may take it first: then after that run)
      const run = await runDetection(graph, { today: TODAY, trigger: "test", householdIds: [], waitMs: 300_000 });
      expect(run.seq).toBeGreaterThan(0);
    });
  }, 600_000);

  it("lets only ADMIN start a run through the API", async () => {
    expect(code(await api.raw(`mutation { runDetection { seq } }`, {}, ANALYST))).toBe("FORBIDDEN");
    expect(code(await api.raw(`mutation { startDetectionRun { detectionRun { seq } } }`, {}, ANALYST))).toBe("FORBIDDEN");
  });
});

/**
 * Retention (issue 11): what outlived its retention is removed, the removal is recorded, and the
 * audit chain stays verifiable. A subject access request finds a person's audit entries.
 */
import { appendAudit, verifyAuditChain } from "../src/access/audit";
import { Role } from "../src/access/viewer";
import { applyRetention, yearsBefore } from "../src/retention/retention.service";
import type { Graph } from "../src/graph/gateway";
import { startApi, type TestApi } from "./support/api";
import { startPrivateNeo4j, type PrivateNeo4j } from "./support/private-neo4j";
import { TODAY, testGraph } from "./support/graph";
import { Scenario } from "./support/scenario";
import { removeByPrefix, snapshot } from "./support/snapshot";

describe("data retention, on the shared database", () => {
  let graph: Graph;
  const made: Scenario[] = [];
  beforeAll(() => (graph = testGraph()));
  afterAll(async () => {
    for (const s of made) await removeByPrefix(graph, s.p);
    await graph.close();
  });

  it("removes records that ended before the cutoff, and the person and household that kept nothing", async () => {
    // one family whose story ended in 1983; another with one old and one recent record
    const old = new Scenario("ret-old").member("mother", "1978-01-01", "1983-06-01");
    old.help({ agency: "wmo", person: "mother", domain: "WMO", start: "1980-01-01", end: "1982-01-01" });
    old.event({ type: "SIGNAL", date: "1981-03-01", agency: "woco", person: "mother", domain: "WONEN", severity: 2 });
    const mixed = new Scenario("ret-mixed").member("mother", "1978-01-01");
    mixed.event({ type: "NO_SHOW", date: "1981-03-01", agency: "wmo", person: "mother" });
    const kept = mixed.event({ type: "NO_SHOW", date: "2023-03-01", agency: "wmo", person: "mother" });
    for (const s of [old, mixed]) made.push(await s.load(graph));

    const rule = { dataYears: Number(TODAY.slice(0, 4)) - 1985, auditYears: 200 }; // cutoff in late 1985; no audit entry is that old
    const report = await applyRetention(graph, rule, TODAY, { userId: "retention-test", origin: "test" });
    expect(report.dataBefore).toBe(yearsBefore(TODAY, rule.dataYears));
    expect(report.removed).toMatchObject({ interventions: expect.any(Number), events: expect.any(Number) });
    expect(report.removed.events).toBeGreaterThanOrEqual(2);
    expect(report.auditEntries).toBe(0);

    const left = (await snapshot(graph, old.p)).filter((l) => !l.includes('"Agency"') && !l.includes('"Professional"') && !l.includes('"Delivery"'));
    expect(left).toEqual([]); // the old family is gone: help, signal, membership, person, household
    const mixedLeft = await snapshot(graph, mixed.p);
    expect(mixedLeft.some((l) => l.includes(kept))).toBe(true);
    expect(mixedLeft.some((l) => l.includes("1981-03-01"))).toBe(false);
    expect(mixedLeft.some((l) => l.includes(`"${mixed.household}"`))).toBe(true);

    const [entry] = await graph.read({ name: "test-retention-entry", text: "MATCH (e:AuditEvent {userId: 'retention-test'}) RETURN e.action AS action, e.operation AS operation" });
    expect(entry).toMatchObject({ action: "retention", operation: expect.stringMatching(/^retention: removed .*events.* that ended before \d{4}-\d{2}-\d{2}, and 0 audit entries/) });
  });
});

describe("audit retention and subject access, on a Neo4j of their own (they touch the whole trail)", () => {
  let store: PrivateNeo4j;
  let graph: Graph;
  let api: TestApi;
  beforeAll(async () => {
    store = await startPrivateNeo4j("neo4j-retention-test");
    graph = store.graph;
    api = await startApi(graph);
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await store?.stop();
  });

  const entry = (persons: string[]) => ({ action: "read" as const, outcome: "success" as const, userId: "u", userName: null, role: "ADMIN", purpose: "p",
    agencyId: null, origin: null, operation: "T", persons, households: [] });

  it("finds every entry that touched a person through the person (a subject access request)", async () => {
    for (let k = 0; k < 30; k++) await appendAudit(graph, entry(k % 3 === 0 ? ["p-sar", `p-${k}`] : [`p-${k}`]));
    const res = await api.raw(`{ auditEvents(personId: "p-sar", first: 500) { totalCount edges { node { persons } } } }`, {}, { role: Role.ADMIN });
    const page = res.data?.auditEvents as { totalCount: number; edges: { node: { persons: string[] } }[] };
    expect(page.totalCount).toBe(10);
    expect(page.edges.every((e) => e.node.persons.includes("p-sar"))).toBe(true);
  });

  it("removes audit entries older than the cutoff as a prefix, records that it did, and the chain still verifies", async () => {
    const before = await graph.read({ name: "test-count-audit", text: "MATCH (e:AuditEvent) RETURN count(e) AS n" });
    await graph.write({ name: "test-age-audit", text: "MATCH (e:AuditEvent) WHERE e.seq <= 12 SET e.at = '2001-01-01T00:00:00.000Z'" }); // twelve entries made long ago
    // (their hashes no longer match their dates, but they are about to go: what remains must verify)
    const report = await applyRetention(graph, { dataYears: 200, auditYears: 10 }, TODAY, { userId: "retention-test", origin: "test" });
    expect(report.auditEntries).toBe(12);
    const after = await graph.read({ name: "test-count-audit", text: "MATCH (e:AuditEvent) RETURN count(e) AS n" });
    expect(after[0]?.n).toBe((before[0]?.n as number) - 12 + 1); // and one entry recording the retention
    expect(await verifyAuditChain(graph)).toMatchObject({ ok: true, checked: (before[0]?.n as number) - 12 + 1 });
    const sar = await api.raw(`{ auditEvents(personId: "p-sar", first: 500) { totalCount } }`, {}, { role: Role.ADMIN });
    expect((sar.data?.auditEvents as { totalCount: number }).totalCount).toBe(6); // p-sar was in entries 1, 4, 7, 10 (gone), 13, ..., 28

    await graph.write({ name: "test-tamper", text: "MATCH (e:AuditEvent {seq: 20}) SET e.purpose = 'changed'" });
    expect(await verifyAuditChain(graph)).toMatchObject({ ok: false, brokenAt: 20 });
  });
});

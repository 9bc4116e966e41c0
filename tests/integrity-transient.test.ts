/**
 * Integrity (issue 21): a transaction Neo4j refuses for now (a deadlock) is no outage and an import
 * tries it again; every session shares one bookmark manager, so a read after a write sees it.
 */
import { Neo4jError, type Driver, type Session, type SessionConfig } from "neo4j-driver";
import { generateMunicipality, syntheticPrefix } from "../seeds/generator/generate";
import { cypher } from "../src/graph/cypher";
import { Graph } from "../src/graph/gateway";
import { runDetection } from "../src/hits/run.service";
import { importDataset } from "../src/import/import.service";
import { importDeliveries } from "../src/import/deliveries";
import { startApi } from "./support/api";
import { TODAY, testGraph, uniquePrefix } from "./support/graph";
import { Scenario } from "./support/scenario";
import { removeByPrefix } from "./support/snapshot";

const PUT = cypher("../tests/support/integrity-put-probe.cypher");
const GET = cypher("../tests/support/integrity-get-probe.cypher");
const COUNT = cypher("../tests/support/count-households-by-prefix.cypher");
const deadlock = () => new Neo4jError("deadlock", "Neo.TransientError.Transaction.DeadlockDetected", "50N00", "deadlock");
const driverOf = (graph: Graph): Driver => (graph as unknown as { driver: Driver }).driver;
const bookmarksOf = (graph: Graph): unknown => (graph as unknown as { bookmarks?: unknown }).bookmarks;

/** The gateway's sessions: the first `failures` writes fail as a deadlock the driver's own retries did not outlast. */
function deadlocking(graph: Graph, failures: number): SessionConfig[] {
  const driver = driverOf(graph);
  const open = driver.session.bind(driver);
  const configs: SessionConfig[] = [];
  driver.session = (config?: SessionConfig): Session => {
    configs.push(config ?? {});
    const session = open(config);
    const write = session.executeWrite.bind(session);
    session.executeWrite = ((work: never, cfg: never) => (failures-- > 0 ? Promise.reject(deadlock()) : write(work, cfg))) as Session["executeWrite"];
    return session;
  };
  return configs;
}

describe("a transaction refused for now", () => {
  it("is no outage: not DATABASE_UNAVAILABLE, and the database stays available", async () => {
    const graph = testGraph();
    try {
      deadlocking(graph, 1);
      const error = await graph.write(PUT, { id: uniquePrefix("probe") }).catch((e: unknown) => e);
      expect(error).toMatchObject({ extensions: { code: "DATABASE_CONFLICT" } });
      expect(graph.availability.isUp).toBe(true);
    } finally {
      await graph.close();
    }
  });

  it("is tried again by the import, which then writes the delivery", async () => {
    const graph = testGraph();
    const s = new Scenario("integrity-retry").member("mother", "2010-01-01");
    try {
      deadlocking(graph, 2);
      const outcome = await importDataset(graph, s.delivery(), TODAY);
      expect(outcome.ok).toBe(true);
      expect((await graph.read(COUNT, { prefix: s.p }))[0]?.n).toBe(1);
      expect(graph.availability.isUp).toBe(true);
    } finally {
      await removeByPrefix(graph, s.p);
      await graph.close();
    }
  });
});

describe("the gateway's sessions", () => {
  it("share one bookmark manager, so a read right after a write sees it (on a cluster too)", async () => {
    const graph = testGraph();
    try {
      const configs = deadlocking(graph, 0);
      const id = uniquePrefix("probe");
      await graph.write(PUT, { id });
      expect(await graph.forRequest().read(GET, { id })).toEqual([{ id }]);
      expect(await graph.read(GET, { id })).toEqual([{ id }]);
      expect(configs).toHaveLength(3);
      expect(bookmarksOf(graph)).toBeDefined();
      for (const config of configs) expect(config.bookmarkManager).toBe(bookmarksOf(graph));
      await removeByPrefix(graph, id);
    } finally {
      await graph.close();
    }
  });
});

describe("seeding while the API serves requests and runs detection", () => {
  it("completes, and no request is told the database is unavailable", async () => {
    const graph = testGraph();
    const api = await startApi(graph);
    const seed = 2121;
    const codes: unknown[] = [];
    let seeding = true;
    const ask = async (query: string) => {
      const res = await api.raw(query);
      for (const e of res.errors ?? []) codes.push(e.extensions?.code);
    };
    const requests = (async () => {
      while (seeding) await ask(`{ households(first: 20) { totalCount edges { node { id interventions { id agency { name } } } } } }`);
    })();
    const runs = (async () => {
      while (seeding) await ask(`mutation { runDetection { seq } }`);
    })();
    try {
      const records = await importDeliveries(graph, generateMunicipality({ households: 300, seed, chunkSize: 25, mix: "dense" }), TODAY);
      const run = await runDetection(graph, { today: TODAY, trigger: "seed", householdIds: null });
      expect(records).toBeGreaterThan(1000);
      expect(run.seq).toBeGreaterThan(0);
      expect((await graph.read(COUNT, { prefix: syntheticPrefix(seed) }))[0]?.n).toBe(300);
    } finally {
      seeding = false;
      await Promise.all([requests, runs]);
      await api.close();
      await removeByPrefix(graph, syntheticPrefix(seed));
      await graph.close();
    }
    expect(codes).not.toContain("DATABASE_UNAVAILABLE");
  }, 300_000);
});

/**
 * `npm run import -- --initial`: the same deliveries built into a fresh local Neo4j by neo4j-admin
 * and imported online one by one, each followed by a detection run over everyone, give the same
 * store node for node; and what --initial refuses, it refuses with nothing written.
 */
import crypto from "node:crypto";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { appendAudit } from "../src/access/audit";
import { loadConfig, projectRoot } from "../src/config";
import { cypher } from "../src/graph/cypher";
import { Graph } from "../src/graph/gateway";
import { startLocalNeo4j, type LocalNeo4j } from "../src/graph/local-server";
import { migrate } from "../src/graph/migrations";
import { databaseFolders } from "../src/graph/offline-import";
import { runDetection } from "../src/hits/run.service";
import type { Dataset } from "../src/import/dataset";
import { importDelivery } from "../src/import/import.service";
import { importInitial, type InitialOptions } from "../src/import/initial/initial-import";
import { fromFile } from "../src/import/intake";
import { STORIES_DIR } from "../seeds/load-stories";
import { generateMunicipality } from "../seeds/generator/generate";
import { canonicalGraph, difference, orderKeysHold } from "./support/canonical-graph";
import { TODAY } from "./support/graph";

const config = loadConfig();
const run = crypto.randomBytes(3).toString("hex");
const INITIAL = `neo4j-initial-test-${run}`;
const ONLINE = `neo4j-online-test-${run}`;
const BAD = `neo4j-initial-bad-${run}`;
const AUDIT = { userId: "tester", purpose: "comparing the initial import with the online one", operation: "npm run import -- --initial" };
const MAKE_FLOAT = cypher("../tests/support/initial-make-float.cypher");

let folder = "";
const servers: LocalNeo4j[] = [];
const options = (name: string): InitialOptions => ({
  dataDir: config.dataDir, name, heap: "512m", pageCache: "64m", queryTimeoutMs: 120_000, today: TODAY, audit: AUDIT, progress: () => undefined,
});
const start = async (name: string): Promise<Graph> => {
  const server = await startLocalNeo4j({ ...options(name), progress: () => undefined });
  servers.push(server);
  return Graph.connect(server.uri, server.user, server.password, undefined, 120_000);
};
const stopAll = async (): Promise<void> => {
  for (const server of servers.splice(0)) await server.stop();
};

/** The seed stories, a generated municipality in three deliveries, and corrections to some of its records. */
function writeDeliveries(dir: string): void {
  for (const f of fs.readdirSync(STORIES_DIR).filter((f) => f.endsWith(".json"))) fs.copyFileSync(path.join(STORIES_DIR, f), path.join(dir, f));
  const generated = [...generateMunicipality({ households: 120, seed: 7301, chunkSize: 60, mix: "dense" })];
  generated.forEach((d, i) => fs.writeFileSync(path.join(dir, `10-generated-${i}.json`), JSON.stringify(d)));
  const chunk = generated[1] as Required<Dataset>;
  const org = generated[0] as Required<Dataset>;
  const [intervention, membership, event, person] = [chunk.interventions[0]!, chunk.memberships[0]!, chunk.events[1]!, chunk.persons[0]!];
  const corrections = {
    source: "corrections; second \"round\"",
    // new: an agency with no domains (an empty list), a person named by BSN, an event over several lines
    agencies: [{ id: "initial-test-empty", name: "Zonder domein", kind: "OTHER", domains: [] }, { ...org.agencies![0]!, name: "Hernoemd loket" }],
    persons: [{ ...person, name: "Naam, \"gecorrigeerd\"\nmet regel" }, { bsn: "111222333", name: "Uit de BRP", birthYear: 1970 }],
    memberships: [
      { ...membership, to: "2025-01-01" },
      { personBsn: "111222333", householdId: chunk.households[0]!.id, role: "OTHER", from: "2024-02-29" },
    ],
    interventions: [{ ...intervention, agencyId: "initial-test-empty", professionalId: null, end: null, endReason: null, endReasonCode: null }],
    events: [
      { ...event, description: "twee\r\nregels; met \"aanhalingstekens\" en ë" },
      { id: "initial-test-event", type: "SIGNAL", date: "2024-03-01", agencyId: "initial-test-empty", personBsn: "111222333", domain: "WONEN", description: "a\nb", severity: 2 },
    ],
  };
  fs.writeFileSync(path.join(dir, "20-corrections.json"), JSON.stringify(corrections));
}

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "behangrol-initial-"));
  writeDeliveries(folder);
});

afterAll(async () => {
  await stopAll();
  for (const name of [INITIAL, ONLINE, BAD]) {
    for (const dir of [name, `${name}-initial-staging`]) fs.rmSync(path.join(config.dataDir, dir), { recursive: true, force: true });
  }
  fs.rmSync(path.join(config.dataDir, `${INITIAL}-initial-import.log`), { force: true });
  fs.rmSync(folder, { recursive: true, force: true });
}, 120_000);

describe("npm run import -- --initial", () => {
  let online: { nodes: string[]; relationships: string[] };

  it("builds the same store as importing the deliveries one by one online, hits and audit trail included", async () => {
    const built = await importInitial(folder, options(INITIAL));
    if (!built.ok) throw new Error(`refused: ${JSON.stringify(built)}`);
    expect(built.deliveries.find((d) => d.file.endsWith("20-corrections.json"))?.again).toBe(5);
    expect(built.run?.hits).toBeGreaterThan(0);

    const graph = await start(ONLINE);
    try {
      await migrate(graph);
      const outcomes = [];
      for (const file of fs.readdirSync(folder).sort()) {
        const outcome = await importDelivery(graph, fromFile(path.join(folder, file)), TODAY);
        expect(outcome.errors).toEqual([]);
        outcomes.push(outcome);
      }
      await runDetection(graph, { today: TODAY, trigger: "import", householdIds: null });
      for (const outcome of outcomes) {
        // the entry npm run import writes (src/cli/import.ts), with the keys the online check gives
        await appendAudit(graph, {
          action: "import", outcome: "success", userId: AUDIT.userId, userName: null, role: "ADMIN", purpose: AUDIT.purpose, agencyId: null,
          origin: "command line", operation: "npm run import", persons: outcome.keys?.audit.persons ?? [], households: outcome.keys?.audit.households ?? [],
        });
      }
      online = await canonicalGraph(graph);
      expect(await orderKeysHold(graph)).toBe(true);
    } finally {
      await graph.close();
      await stopAll();
    }
  }, 300_000); // two stores built from 120 households and the stories, each with a full run, beside the other test files

  it("refuses a database that holds data, and changes nothing", async () => {
    const refused = await importInitial(folder, options(INITIAL));
    expect(refused).toMatchObject({ ok: false, refused: expect.stringContaining("already holds data") });
  }, 60_000);

  it("stored every node, property type and relationship as the online import does; refuses while the server runs", async () => {
    const graph = await start(INITIAL);
    try {
      const initial = await canonicalGraph(graph);
      expect(await orderKeysHold(graph)).toBe(true); // the offline importer stores none: the migrations after it gave them
      expect(difference(initial.nodes, online.nodes)).toEqual({ onlyFirst: [], onlySecond: [] });
      expect(difference(initial.relationships, online.relationships)).toEqual({ onlyFirst: [], onlySecond: [] });
      expect(initial.nodes.length).toBe(online.nodes.length);
      expect(initial.relationships.length).toBe(online.relationships.length);
      expect(initial.nodes.filter((n) => n.startsWith("(StoredHit")).length).toBeGreaterThan(0);

      const running = await importInitial(folder, options(INITIAL));
      expect(running).toMatchObject({ ok: false, refused: expect.stringContaining("is running") });

      // the comparison sees one property of another type (a birth year as a float)
      await graph.write(MAKE_FLOAT);
      const changed = await canonicalGraph(graph);
      expect(difference(changed.nodes, online.nodes).onlyFirst).toHaveLength(1);
    } finally {
      await graph.close();
      await stopAll();
    }
  }, 60_000);

  it("refuses a delivery with problems as the online import names them, and writes nothing", async () => {
    const bad = fs.mkdtempSync(path.join(os.tmpdir(), "behangrol-initial-bad-"));
    try {
      fs.copyFileSync(path.join(folder, "10-generated-0.json"), path.join(bad, "1-good.json"));
      const delivery = JSON.parse(fs.readFileSync(path.join(folder, "10-generated-1.json"), "utf8")) as Required<Dataset>;
      delivery.interventions[3]!.start = "2023-13-01";
      delivery.events[2]!.agencyId = "no-such-agency";
      fs.writeFileSync(path.join(bad, "2-bad.json"), JSON.stringify(delivery));
      const outcome = await importInitial(bad, options(BAD));
      expect(outcome).toMatchObject({ ok: false, file: path.join(bad, "2-bad.json") });
      const errors = "errors" in outcome ? outcome.errors : [];
      expect(errors).toEqual(expect.arrayContaining([
        { path: "interventions[3].start", message: 'not a date: "2023-13-01" (expected YYYY-MM-DD)' },
        expect.objectContaining({ path: "events[2].agencyId", message: expect.stringContaining("unknown agency") }),
      ]));
      for (const f of databaseFolders(config.dataDir, BAD)) expect(fs.existsSync(f)).toBe(false);
      expect(fs.existsSync(path.join(config.dataDir, `${BAD}-initial-staging`))).toBe(false);
      const work = path.join(config.dataDir, "initial-import");
      expect(fs.readdirSync(work).filter((d) => d.startsWith(`${process.pid}-`))).toEqual([]);
    } finally {
      fs.rmSync(bad, { recursive: true, force: true });
    }
  }, 30_000);

  it("refuses a remote server (NEO4J_URI) before reading anything", () => {
    const cli = spawnSync(process.execPath, [path.join(projectRoot, "dist/src/cli/import.js"), "--initial", folder], {
      env: { ...process.env, NEO4J_URI: "bolt://127.0.0.1:1", NEO4J_PASSWORD: "x", LOG_LEVEL: "error" }, encoding: "utf8",
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain("--initial works only on the local Neo4j; use `npm run import` for a remote server");
  });
});

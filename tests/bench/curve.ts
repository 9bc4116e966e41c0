import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Role } from "../../src/access/viewer";
import { linkPending } from "../../src/access/audit-linker";
import { todayIn } from "../../src/dates";
import type { Graph } from "../../src/graph/gateway";
import { migrate } from "../../src/graph/migrations";
import { importAndDetect } from "../../src/hits/import-and-detect";
import { runDetection } from "../../src/hits/run.service";
import type { Dataset } from "../../src/import/dataset";
import { importDeliveries } from "../../src/import/deliveries";
import { fromValue } from "../../src/import/intake";
import { cypher } from "../../src/graph/cypher";
import { generateMunicipality } from "../../seeds/generator/generate";
import { benchApi, type BenchApi } from "./api-client";
import { freshStore } from "./fresh-store";
import { writeResultsPart } from "./results-file";
import { ms, percentile, sample, timed } from "./timing";

const BULK = cypher("../tests/bench/queries/audit-bulk.cypher");
const BULK_HEAD = cypher("../tests/bench/queries/audit-bulk-head.cypher");
const HEAD_SEQ = cypher("../tests/bench/queries/audit-head-seq.cypher");
const HOUSEHOLDS = cypher("../tests/bench/queries/household-count.cypher");
const STORE = "neo4j-curve";
const PREFIX = "syn1-";

const DOSSIER = `query Dossier($id: ID!) { household(id: $id) { id neighbourhood memberships { role from to person { id name birthYear } }
  interventions { id domain kind start end endReason agency { id name } professional { id name } outcomes { date result } }
  events { id type date domain agency { id name } } coordinators { from to professional { id name } } } }`;
const PATTERN_PAGE = `{ patternHits(kind: MISSED_SIGNAL, first: 20) { totalCount edges { node { score explanation(lang: NL) subject { ... on Household { id } } } } } }`;
/** Each list's first page and its tenth (nine endCursors on), without the count: a filtered list counts only when totalCount is asked, measured apart (COUNTS). */
const LISTS: Record<string, string> = {
  households: `query($after: String) { l: households(first: 50, after: $after) { nodes { id neighbourhood } pageInfo { endCursor } } }`,
  events: `query($after: String) { l: events(first: 50, after: $after) { nodes { id type date } pageInfo { endCursor } } }`,
  interventions: `query($after: String) { l: interventions(first: 50, after: $after) { nodes { id domain start end } pageInfo { endCursor } } }`,
  agencies: `query($after: String) { l: agencies(first: 50, after: $after) { nodes { id name } pageInfo { endCursor } } }`,
  "events of one type (SIGNAL)": `query($after: String) { l: events(type: SIGNAL, first: 50, after: $after) { nodes { id date } pageInfo { endCursor } } }`,
  "households helped in a domain (JEUGD)": `query($after: String) { l: households(domain: JEUGD, first: 50, after: $after) { nodes { id } pageInfo { endCursor } } }`,
};
/** What totalCount costs on the filtered lists (an unfiltered one takes it from the count store). */
const COUNTS: Record<string, string> = {
  "events of one type (SIGNAL)": `{ l: events(type: SIGNAL, first: 1) { totalCount } }`,
  "households helped in a domain (JEUGD)": `{ l: households(domain: JEUGD, first: 1) { totalCount } }`,
  "an agency worker's households": `{ l: households(first: 1) { totalCount } }`,
  "an agency worker's events": `{ l: events(first: 1) { totalCount } }`,
  "an agency worker's help": `{ l: interventions(first: 1) { totalCount } }`,
};
const AUDIT: Record<string, string> = {
  "the whole trail": `query($after: String) { l: auditEvents(first: 50, after: $after) { totalCount nodes { seq at userId } pageInfo { endCursor } } }`,
  "one user of 100": `query($after: String) { l: auditEvents(userId: "bench-u42", first: 50, after: $after) { totalCount nodes { seq } pageInfo { endCursor } } }`,
  "a rare user (10 entries)": `query($after: String) { l: auditEvents(userId: "bench-rare", first: 50, after: $after) { totalCount nodes { seq } pageInfo { endCursor } } }`,
  "one person (a subject access request)": `query($after: String) { l: auditEvents(personId: "bench-sar", first: 50, after: $after) { totalCount nodes { seq } pageInfo { endCursor } } }`,
};
type Listed = { l: { totalCount: number; pageInfo: { endCursor: string | null } } };

interface Point { households: number; values: Map<string, string>; times: Map<string, number> }

/**
 * `npm run bench -- --curve [SIZES]`: one store grown to 25,000, 50,000, 100,000 and 200,000
 * households (seed 1, deliveries of 1,000), measured at each size; then an audit trail of 10 M
 * entries. Writes the part "curve" of tests/bench/RESULTS.md.
 */
export async function curve(sizes: number[], auditEntries: number): Promise<void> {
  const { config, graph, line, out, say, stop, server } = await freshStore(STORE);
  const layers: string[] = [];
  const points: Point[] = [];
  try {
    await migrate(graph);
    const today = todayIn(config.timeZone);
    const deliveries = generateMunicipality({ households: (sizes.at(-1) as number) + 1000 * sizes.length, seed: 1, mix: "dense" });
    let stored = 0;
    let firstDelivery = true;
    for (const size of sizes) {
      const point: Point = { households: size, values: new Map(), times: new Map() };
      const step = (function* (): Generator<Dataset> {
        if (firstDelivery) yield deliveries.next().value as Dataset; // the organisations
        while (stored < size) {
          const d = deliveries.next().value as Dataset;
          stored += d.households?.length ?? 0;
          yield d;
        }
      })();
      firstDelivery = false;
      say(`growing to ${size.toLocaleString("en")} households...`);
      const [records, importMs] = await timed(() => importDeliveries(graph, step, today));
      point.values.set("import, records/s (deliveries of 1,000, two at a time)", `${Math.round(records / (importMs / 1000)).toLocaleString("en")}`);
      const [full, fullMs] = await timed(() => runDetection(graph, { today, trigger: "bench", householdIds: null }));
      point.times.set("full detection run", fullMs);
      point.values.set("— hits stored by it", full.hits.toLocaleString("en"));
      const delivery = deliveries.next().value as Dataset;
      stored += delivery.households?.length ?? 0;
      const [result] = await timed(() => importAndDetect(graph, fromValue(delivery), today, "bench"));
      point.times.set("incremental run after a 1,000-household delivery", result.run?.durationMs ?? NaN);
      point.households = ((await graph.read(HOUSEHOLDS))[0]?.n as number);
      await perRequest(graph, point, size);
      const mem = process.memoryUsage();
      point.values.set("API process memory after the requests: heap used / resident", `${mib(mem.heapUsed)} / ${mib(mem.rss)}`);
      point.values.set("store on disk per household", `${(storeBytes(path.join(config.dataDir, STORE)) / point.households / 1024).toFixed(1)} KiB`);
      points.push(point);
      say(`  measured at ${point.households.toLocaleString("en")} households:`);
      for (const [k, v] of [...point.values, ...[...point.times].map(([k, t]) => [k, ms(t)] as const)]) say(`    ${k}: ${v}`);
      if (size === Number(process.env.CURVE_LAYERS_AT ?? 100_000)) layers.push(`## At ${point.households.toLocaleString("en")} households, in the same run`, "", ...sideBySide(server));
    }
    report(line, points, today, sizes);
    for (const text of layers) line(text);
    line();
    await auditTrail(graph, line, say, auditEntries);
    writeResultsPart("curve", out.join("\n"));
  } finally {
    await stop();
  }
}

async function perRequest(graph: Graph, point: Point, size: number): Promise<void> {
  const as = {
    ADMIN: await benchApi(graph, Role.ADMIN),
    ANALYST: await benchApi(graph, Role.ANALYST),
    COORDINATOR: await benchApi(graph, Role.COORDINATOR, `${PREFIX}pr-wijkteam-noord-0`),
    AGENCY_WORKER: await benchApi(graph, Role.AGENCY_WORKER, "bench-worker", `${PREFIX}a-wijkteam-noord`),
  };
  try {
    // every role's lists asked WARM_UP_ROUNDS times first: measured straight after growing the store and a full run, the
    // first pages were 10-20 ms slower at 201,000 households than the same pages once warmed (RESULTS.md, by hand)
    for (let k = 0; k < WARM_UP_ROUNDS; k++) {
      for (const [role, api] of Object.entries(as)) for (const [list, query] of Object.entries(LISTS)) if (listedFor(list, role)) await api.post(query);
    }
    const p50 = async (work: () => Promise<unknown>) => percentile(await sample(11, work), 50);
    point.times.set("dossier (ADMIN, one household)", await p50(() => as.ADMIN.post(DOSSIER, { id: `${PREFIX}h${Math.floor(size / 2)}` })));
    point.times.set("stored pattern page (ANALYST, MISSED_SIGNAL, 20)", await p50(() => as.ANALYST.post(PATTERN_PAGE)));
    for (const [role, api] of Object.entries(as)) {
      for (const [list, query] of Object.entries(LISTS)) {
        if (!listedFor(list, role)) continue;
        point.times.set(`${list}, first page (${role})`, await p50(() => api.post(query)));
        const after = await tenthCursor(api, query);
        if (after) point.times.set(`${list}, tenth page (${role})`, await p50(() => api.post(query, { after })));
      }
    }
    for (const [list, query] of Object.entries(COUNTS)) {
      point.times.set(`totalCount of ${list}`, await p50(() => (list.startsWith("an agency") ? as.AGENCY_WORKER : as.ADMIN).post(query)));
    }
    for (const [list, query] of Object.entries(AUDIT).slice(0, 2)) {
      point.times.set(`audit page: ${list} (ADMIN)`, await p50(() => as.ADMIN.post(query)));
    }
  } finally {
    for (const api of Object.values(as)) await api.close();
  }
}

const WARM_UP_ROUNDS = 20;
/** The filtered lists are measured for ADMIN and ANALYST; every role gets the plain ones. */
const listedFor = (list: string, role: string): boolean => !list.includes("(") || role === "ADMIN" || role === "ANALYST";

async function tenthCursor(api: BenchApi, query: string): Promise<string | null> {
  let after: string | null = null;
  for (let k = 0; k < 9; k++) {
    after = ((await api.post(query, { after })) as Listed).l.pageInfo.endCursor;
    if (!after) return null;
  }
  return after;
}

function report(line: (text?: string) => void, points: Point[], today: string, sizes: number[]): void {
  line("# The growth curve (issue 26)");
  line();
  line(`\`npm run bench -- --curve\`, ${today}: one local Neo4j 5.26 Community (heap 2g, page cache 2g) grown to ${sizes.map((s) => s.toLocaleString("en")).join(", ")}`);
  line("households (seed 1, dense mix) and measured at each size, in one run on this project's 2-core machine; the API in the benchmark's process,");
  line(`over HTTP, after ${WARM_UP_ROUNDS} rounds of every role's lists, each time the p50 of 11 after one more. "ratio" is the largest size's time over the smallest's (goal: ≤ 1.2 for every request).`);
  line();
  line(`| measure | ${points.map((p) => `${p.households.toLocaleString("en")} households`).join(" | ")} | ratio |`);
  line(`| --- | ${points.map(() => "---:").join(" | ")} | ---: |`);
  const first = points[0] as Point;
  for (const key of first.values.keys()) line(`| ${key} | ${points.map((p) => p.values.get(key) ?? "").join(" | ")} | |`);
  for (const key of first.times.keys()) {
    const times = points.map((p) => p.times.get(key));
    const a = times[0];
    const b = times.at(-1);
    const ratio = a && b ? (b / a).toFixed(2) : "";
    line(`| ${key} | ${times.map((t) => (t === undefined ? "" : ms(t))).join(" | ")} | ${ratio} |`);
  }
  line();
}

/** The audit pages on a trail of `entries` entries (written in bulk, not through the API: see audit-bulk.cypher). */
async function auditTrail(graph: Graph, line: (text?: string) => void, say: (text: string) => void, entries: number): Promise<void> {
  await linkPending(graph);
  let seq = (await graph.read(HEAD_SEQ))[0]?.seq as number;
  const startMs = Date.parse("2021-01-01T00:00:00Z");
  say(`writing ${entries.toLocaleString("en")} audit entries...`);
  const [, writeMs] = await timed(async () => {
    for (let written = 0; written < entries; written += 100_000) {
      const n = Math.min(100_000, entries - written);
      await graph.write(BULK, { after: seq, n, startMs });
      seq += n;
      if (written % 1_000_000 === 0) say(`  ${(written + n).toLocaleString("en")}`);
    }
    await graph.write(BULK_HEAD, { seq });
  });
  const admin = await benchApi(graph, Role.ADMIN);
  try {
    line(`## Audit pages on a trail of ${(seq).toLocaleString("en")} entries (${entries.toLocaleString("en")} written in bulk in ${ms(writeMs)})`);
    line();
    line("| page (ADMIN, 50 entries, with totalCount) | first page | tenth page | total | goal ≤ 100 ms |");
    line("| --- | ---: | ---: | ---: | --- |");
    for (const [name, query] of Object.entries(AUDIT)) {
      const first = percentile(await sample(11, () => admin.post(query)), 50);
      const total = ((await admin.post(query)) as Listed).l.totalCount;
      const after = await tenthCursor(admin, query);
      const tenth = after ? percentile(await sample(11, () => admin.post(query, { after })), 50) : undefined;
      const worst = Math.max(first, tenth ?? 0);
      line(`| ${name} | ${ms(first)} | ${tenth === undefined ? "(no tenth page)" : ms(tenth)} | ${total.toLocaleString("en")} | ${worst <= 100 ? "met" : "**not met**"} |`);
    }
    const period = `{ l: auditEvents(from: "2021-02-01", to: "2021-02-02", first: 50) { totalCount nodes { seq } } }`;
    line(`| one day, early in the trail | ${ms(percentile(await sample(5, () => admin.post(period)), 50))} | | ${((await admin.post(period)) as Listed).l.totalCount.toLocaleString("en")} | |`);
  } finally {
    await admin.close();
  }
  line();
}

/** `npm run bench:layers` (behangrol, @neo4j/graphql and plain Cypher side by side) against this store, as processes of their own. */
function sideBySide(server: { uri: string; user: string; password: string }): string[] {
  const run = spawnSync(process.execPath, [path.join(__dirname, "layers.js")], {
    env: { ...process.env, NEO4J_URI: server.uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password }, encoding: "utf8", maxBuffer: 1 << 24,
  });
  if (run.status !== 0) return [`(bench:layers failed: ${run.stderr.trim().split("\n").at(-1) ?? run.status})`];
  return run.stdout.trimEnd().split("\n").map((l) => l.replace(/^## /, "### "));
}

const mib = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MiB`;

function storeBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += entry.name === "logs" ? 0 : storeBytes(full);
    else if (entry.isFile()) total += fs.statSync(full).size;
  }
  return total;
}

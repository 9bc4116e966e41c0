/**
 * Fair by measurement (issue 24): every rule's selection rate per group on the generated
 * municipality, each flag justified beside the rule's query, and a bias planted in one
 * neighbourhood found.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { loadConfig, projectRoot } from "../src/config";
import { detect } from "../src/detectors/detect.service";
import { DETECTORS } from "../src/detectors/registry";
import { PatternKind } from "../src/detectors/types";
import { DIMENSIONS } from "../src/fairness/dimensions";
import { readJustification } from "../src/fairness/justifications";
import { fairnessReport, type FairnessReport } from "../src/fairness/fairness.service";
import { flagsOf, fairnessSummary } from "../src/fairness/report-text";
import type { Graph } from "../src/graph/gateway";
import { importDeliveries } from "../src/import/deliveries";
import type { Dataset, EventRecord } from "../src/import/dataset";
import { generateMunicipality, syntheticPrefix } from "../seeds/generator/generate";
import { runDetection } from "../src/hits/run.service";
import { cypher } from "../src/graph/cypher";
import { Role } from "../src/access/viewer";
import { startApi } from "./support/api";
import { CONNECTION_FILE } from "./support/connection";
import { scratchFolders } from "./support/scratch";
import { TODAY, testGraph, uniquePrefix } from "./support/graph";
import { importDataset } from "../src/import/import.service";
import { removeByPrefix } from "./support/snapshot";

jest.setTimeout(300_000);

const settings = loadConfig().fairness;

async function measured(graph: Graph, deliveries: Iterator<Dataset>, seed: number, households: number): Promise<FairnessReport> {
  await importDeliveries(graph, deliveries, TODAY);
  const ids = Array.from({ length: households }, (_, k) => `${syntheticPrefix(seed)}h${k}`);
  return fairnessReport(graph, TODAY, settings, (kind, frame) => detect(graph, kind, frame, {}, ids), ids);
}

describe("the fairness report on the generated municipality", () => {
  // the municipality the justification files were measured on: npm run seed -- --households 20000 --seed 1
  const SEED = 1;
  const HOUSEHOLDS = 20_000;
  let graph: Graph;
  let report: FairnessReport;
  beforeAll(async () => {
    graph = testGraph();
    report = await measured(graph, generateMunicipality({ households: HOUSEHOLDS, seed: SEED }), SEED, HOUSEHOLDS);
  });
  afterAll(async () => {
    await removeByPrefix(graph, syntheticPrefix(SEED));
    await graph.close();
  });

  it("measures every rule along every dimension, never showing a group under the minimum", () => {
    expect(report.detectors.map((d) => d.kind).sort()).toEqual(Object.keys(DETECTORS).sort());
    for (const d of report.detectors) {
      expect(d.households).toBe(HOUSEHOLDS);
      expect(new Set(d.groups.map((g) => g.dimension))).toEqual(new Set(DIMENSIONS));
      for (const g of d.groups) expect(g.households).toBeGreaterThanOrEqual(settings.minGroup);
      for (const dimension of DIMENSIONS) {
        // small groups are pooled, not left out: every household is in one shown group of each dimension
        const groups = d.groups.filter((g) => g.dimension === dimension);
        expect(groups.reduce((n, g) => n + g.households, 0)).toBe(HOUSEHOLDS);
        expect(groups.reduce((n, g) => n + g.selected, 0)).toBe(d.selected);
      }
      expect(d.proxies.map((p) => p.dimension)).toEqual([...DIMENSIONS]);
    }
  });

  it("is calibrated: no rule selects more than a tenth of the households, as multi-problem families are a few per cent", () => {
    expect(Math.max(...report.detectors.map((d) => d.rate))).toBeLessThan(0.1);
    const rate = (kind: PatternKind) => report.detectors.find((d) => d.kind === kind)?.rate ?? 0;
    expect(rate(PatternKind.MISSED_SIGNAL)).toBeGreaterThan(0.01);
    expect(rate(PatternKind.UNCOORDINATED_OVERLAP)).toBeGreaterThan(0.01);
  });

  it("has no flag without a justification beside the rule's query, and no neighbourhood flagged", () => {
    const unjustified = flagsOf(report).filter((f) => !f.group.justified)
      .map((f) => `${f.kind} ${f.group.dimension} ${f.group.group} (ratio ${f.group.ratio.toFixed(2)}, p ${f.group.pValue.toPrecision(2)})`);
    expect(unjustified).toEqual([]);
    expect(flagsOf(report).filter((f) => f.group.dimension === "NEIGHBOURHOOD")).toEqual([]);
    expect(flagsOf(report).length).toBeGreaterThan(0); // the rules do select some groups more: that is what the justifications are for
  });

  it("justifies only what it flags: no blanket justification", () => {
    const flagged = new Set(flagsOf(report).map((f) => `${f.kind} ${f.group.dimension} ${f.group.group}`));
    const named = Object.keys(DETECTORS).flatMap((kind) => (readJustification(kind)?.justifies ?? [])
      .flatMap((j) => (j.groups ?? ["(every group)"]).map((g) => `${kind} ${j.dimension} ${g}`)));
    expect(named.filter((n) => !flagged.has(n))).toEqual([]);
  });

  it("is there over HTTP for analysts and admins, with the human judgement per group, and refused to other roles", async () => {
    const ids = Array.from({ length: HOUSEHOLDS }, (_, k) => `${syntheticPrefix(SEED)}h${k}`);
    await runDetection(graph, { today: TODAY, trigger: "test", householdIds: ids.slice(0, 2000) }); // enough stored hits to judge; fewer for the files beside this one
    const stored = await graph.read(cypher("../tests/support/stored-hits-by-prefix.cypher"), { kind: "MISSED_SIGNAL", prefix: syntheticPrefix(SEED), limit: 3 });
    expect(stored.length).toBe(3);
    const api = await startApi(graph);
    try {
      const triage = (id: unknown, status: string, reason?: string) =>
        api.raw(`mutation($id: ID!, $status: HitStatus!, $reason: DismissReason) { triageHit(id: $id, status: $status, reason: $reason) { status } }`, { id, status, reason });
      expect((await triage(stored[0]?.id, "DISMISSED", "NOT_A_CONCERN")).errors).toBeUndefined();
      expect((await triage(stored[1]?.id, "DISMISSED", "NOT_A_CONCERN")).errors).toBeUndefined();
      expect((await triage(stored[2]?.id, "SEEN")).errors).toBeUndefined();
      const QUERY = `query($d: Date) { fairnessReport(asOf: $d) { asOf summary detectors { kind households selected rate judged dismissedShare
        groups { dimension group households selected rate ratio flagged justified dismissedShare judged } proxies { dimension verdict } } } }`;
      const answer = await api.raw(QUERY, { d: TODAY }, { role: Role.ANALYST });
      expect(answer.errors).toBeUndefined();
      const got = answer.data?.fairnessReport as { asOf: string; detectors: { kind: string; judged: number; dismissedShare: number | null; groups: { dimension: string; households: number; judged: number; dismissedShare: number | null }[] }[] };
      expect(got.asOf).toBe(TODAY);
      expect(got.detectors.map((d) => d.kind).sort()).toEqual(Object.keys(DETECTORS).sort());
      const missed = got.detectors.find((d) => d.kind === "MISSED_SIGNAL");
      expect(missed?.judged).toBeGreaterThanOrEqual(3);
      expect(missed?.dismissedShare).toBeGreaterThan(0);
      expect(missed?.groups.some((g) => g.judged > 0 && g.dismissedShare !== null)).toBe(true);
      for (const d of got.detectors) for (const g of d.groups) expect(g.households).toBeGreaterThanOrEqual(10);
      for (const as of [{ role: Role.COORDINATOR }, { role: Role.AGENCY_WORKER, agency: `${syntheticPrefix(SEED)}a-school` }]) {
        const refused = await api.raw(QUERY, {}, as);
        expect([refused.errors?.[0]?.extensions?.code, refused.data]).toEqual(["FORBIDDEN", null]);
      }
    } finally {
      await api.close();
    }
  });

  it("says in its summary what was measured and that no neighbourhood differs", () => {
    const summary = fairnessSummary(report);
    expect(summary).toContain(`${HOUSEHOLDS} huishoudens`);
    expect(summary).toContain("Geen regel selecteert in de ene wijk vaker dan in de andere.");
  });
});

describe("a bias planted in one neighbourhood", () => {
  const SEED = 2402;
  const HOUSEHOLDS = 4000;
  const PLANTED = "Haven";
  let graph: Graph;
  let report: FairnessReport;
  beforeAll(async () => {
    graph = testGraph();
    // the same population, but in one neighbourhood some households get a signal nobody answers: nothing else differs
    const planted = function* (): Generator<Dataset> {
      for (const d of generateMunicipality({ households: HOUSEHOLDS, seed: SEED })) {
        const inHaven = (d.households ?? []).filter((h) => h.neighbourhood === PLANTED).map((h) => h.id);
        const extra: EventRecord[] = inHaven.filter((_, k) => k % 16 === 0).map((id) => ({
          id: `${id}-planted`, type: "SIGNAL", date: "2024-03-01", agencyId: `${syntheticPrefix(SEED)}a-school`, householdId: id, domain: "ONDERWIJS", severity: 2,
        }) as EventRecord);
        yield { ...d, events: [...(d.events ?? []), ...extra] };
      }
    };
    report = await measured(graph, planted(), SEED, HOUSEHOLDS);
  });
  afterAll(async () => {
    await removeByPrefix(graph, syntheticPrefix(SEED));
    await graph.close();
  });

  it("is flagged for the rule it touches, in that neighbourhood only, and not justified", () => {
    const missed = report.detectors.find((d) => d.kind === PatternKind.MISSED_SIGNAL);
    const haven = missed?.groups.find((g) => g.dimension === "NEIGHBOURHOOD" && g.group === PLANTED);
    expect(haven?.ratio).toBeGreaterThan(1.5);
    expect(haven).toMatchObject({ flagged: true, justified: false });
    expect(flagsOf(report).filter((f) => f.group.dimension === "NEIGHBOURHOOD").map((f) => [f.kind, f.group.group]))
      .toEqual([[PatternKind.MISSED_SIGNAL, PLANTED]]);
    expect(fairnessSummary(report)).toContain("Per wijk verschilt de selectie bij Gemist signaal.");
  });
});

describe("npm run fairness", () => {
  const folders = scratchFolders();
  const SEED = 2403;
  let graph: Graph;
  // the command reads the whole store: it holds at least these households, whatever else runs
  beforeAll(async () => {
    graph = testGraph();
    await importDeliveries(graph, generateMunicipality({ households: 300, seed: SEED }), TODAY);
  });
  afterAll(async () => {
    folders.removeAll();
    await removeByPrefix(graph, syntheticPrefix(SEED));
    await graph.close();
  });

  it("writes the report as Markdown and JSON for every rule, and exits 2 exactly when a flag is not justified", () => {
    const { uri, password } = JSON.parse(fs.readFileSync(CONNECTION_FILE, "utf8")) as Record<string, string>;
    const out = folders.make("behangrol-fairness-");
    // --no-store: other test files read the latest kept report
    const run = spawnSync(process.execPath, [path.join(projectRoot, "dist/src/cli/fairness.js"), "--as-of", TODAY, "--format", "json", "--out", out, "--no-store"], {
      env: { PATH: process.env.PATH, NEO4J_URI: uri, NEO4J_PASSWORD: password, BEHANGROL_DATA_DIR: folders.make("behangrol-data-") },
      encoding: "utf8", timeout: 240_000,
    });
    expect(run.stderr).not.toContain("fairness failed");
    const printed = JSON.parse(run.stdout) as FairnessReport;
    expect(printed.asOf).toBe(TODAY);
    expect(printed.detectors.map((d) => d.kind).sort()).toEqual(Object.keys(DETECTORS).sort());
    expect(JSON.parse(fs.readFileSync(path.join(out, `fairness-${TODAY}.json`), "utf8"))).toEqual(printed);
    const markdown = fs.readFileSync(path.join(out, `fairness-${TODAY}.md`), "utf8");
    expect(markdown).toMatch(new RegExp(`^# Eerlijkheidsrapport behangrol, peildatum ${TODAY}`));
    for (const spec of Object.values(DETECTORS)) expect(markdown).toContain(`## ${spec.register.name} (\`${spec.kind}\`)`);
    const unjustified = flagsOf(printed).filter((f) => !f.group.justified);
    expect(run.status).toBe(unjustified.length ? 2 : 0);
    expect(run.stderr.split("\n").filter((l) => l.startsWith("not justified:")).length).toBe(unjustified.length);
  });
});

describe("who counts as a household of the day", () => {
  const p = uniquePrefix("fair-days");
  let graph: Graph;
  beforeAll(() => { graph = testGraph(); });
  afterAll(async () => {
    await removeByPrefix(graph, p);
    await graph.close();
  });

  it("leaves out a household everyone left, counts help only while a member, and refuses a day with fewer than ten households", async () => {
    const homes = Array.from({ length: 10 }, (_, k) => `${p}h${k}`);
    const dataset: Dataset = {
      source: `${p}delivery`,
      agencies: [{ id: `${p}a1`, name: "Wmo", kind: "MUNICIPALITY", domains: ["WMO"] }, { id: `${p}a2`, name: "Jeugd", kind: "YOUTH_CARE", domains: ["JEUGD"] }],
      households: [...homes, `${p}empty`].map((id) => ({ id, neighbourhood: "Zuid" })),
      persons: [...homes.map((_, k) => ({ id: `${p}p${k}`, birthYear: 1980 })), { id: `${p}left`, birthYear: 1970 }, { id: `${p}newcomer`, birthYear: 1990 }],
      memberships: [
        ...homes.map((h, k) => ({ personId: `${p}p${k}`, householdId: h, role: "PARENT", from: "2015-01-01", to: null })),
        { personId: `${p}left`, householdId: `${p}empty`, role: "PARENT", from: "2015-01-01", to: "2020-01-01" },
        { personId: `${p}newcomer`, householdId: homes[0] as string, role: "PARTNER", from: "2022-01-01", to: null },
      ],
      // every home has Wmo; the newcomer had youth care before joining h0, which is h0's no more than a stranger's
      interventions: [
        ...homes.map((h, k) => ({ id: `${p}w${k}`, agencyId: `${p}a1`, householdId: h, domain: "WMO", kind: "hulp", start: "2016-01-01", end: null })),
        { id: `${p}i1`, agencyId: `${p}a2`, personId: `${p}newcomer`, domain: "JEUGD", kind: "hulp", start: "2019-01-01", end: "2020-06-01", endReason: "COMPLETED" },
      ],
    } as Dataset;
    expect((await importDataset(graph, dataset, TODAY)).errors).toEqual([]);
    const ids = [...homes, `${p}empty`];
    const at = (asOf: string) => fairnessReport(graph, asOf, settings, (kind, frame) => detect(graph, kind, frame, {}, ids), ids);
    const d = (await at(TODAY)).detectors[0];
    expect(d?.households).toBe(10);
    // every home seen by one agency: had the newcomer's earlier help counted, h0 would be in "2", and all ten pooled
    expect(d?.groups.filter((g) => g.dimension === "AGENCIES_INVOLVED").map((g) => [g.group, g.households])).toEqual([["1", 10]]);
    await expect(at("2014-06-01")).rejects.toThrow("On 2014-06-01 fewer than 10 households had a member: a report would describe single families, so there is none.");
  });
});

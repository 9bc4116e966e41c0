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
import { TODAY, testGraph } from "./support/graph";
import { removeByPrefix } from "./support/snapshot";

jest.setTimeout(300_000);

const HOUSEHOLDS = 4000;
const settings = loadConfig().fairness;

async function measured(graph: Graph, deliveries: Iterator<Dataset>, seed: number): Promise<FairnessReport> {
  await importDeliveries(graph, deliveries, TODAY);
  const ids = Array.from({ length: HOUSEHOLDS }, (_, k) => `${syntheticPrefix(seed)}h${k}`);
  return fairnessReport(graph, TODAY, settings, (kind, frame) => detect(graph, kind, frame, {}, ids), ids);
}

describe("the fairness report on the generated municipality", () => {
  const SEED = 2401;
  let graph: Graph;
  let report: FairnessReport;
  beforeAll(async () => {
    graph = testGraph();
    report = await measured(graph, generateMunicipality({ households: HOUSEHOLDS, seed: SEED }), SEED);
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
        // the groups of a dimension add up to everyone: nothing hidden by suppression can be worked out from a total
        const groups = d.groups.filter((g) => g.dimension === dimension);
        expect(groups.reduce((n, g) => n + g.households, 0)).toBe(HOUSEHOLDS);
        expect(groups.reduce((n, g) => n + g.selected, 0)).toBe(d.selected);
      }
      expect(d.proxies.map((p) => p.dimension)).toEqual([...DIMENSIONS]);
    }
  });

  it("is calibrated: no rule selects more than a tenth of the households, as multi-problem families are a few per cent", () => {
    for (const d of report.detectors) expect([d.kind, d.rate]).toEqual([d.kind, expect.any(Number)]);
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

  it("is there over HTTP for analysts and admins, with the human judgement per group, and refused to other roles", async () => {
    const ids = Array.from({ length: HOUSEHOLDS }, (_, k) => `${syntheticPrefix(SEED)}h${k}`);
    await runDetection(graph, { today: TODAY, trigger: "test", householdIds: ids });
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
    report = await measured(graph, planted(), SEED);
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
  afterAll(() => folders.removeAll());

  it("writes the report as Markdown and JSON for every rule, and exits 2 exactly when a flag is not justified", () => {
    const { uri, password } = JSON.parse(fs.readFileSync(CONNECTION_FILE, "utf8")) as Record<string, string>;
    const out = folders.make("behangrol-fairness-");
    // --no-store: other test files read the latest kept report
    const run = spawnSync(process.execPath, [path.join(projectRoot, "dist/src/cli/fairness.js"), "--as-of", TODAY, "--format", "json", "--out", out, "--no-store"], {
      env: { PATH: process.env.PATH, NEO4J_URI: uri, NEO4J_PASSWORD: password, BEHANGROL_DATA_DIR: folders.make("behangrol-data-") },
      encoding: "utf8", timeout: 240_000,
    });
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

/**
 * Accountable by design (issue 11): the register entry generated from the code, and the humans'
 * judgement of each rule measured from real triage through the API.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { checkAlgoritmeregister } from "../src/accountability/algoritmeregister-check";
import { buildRegister, registerMarkdown } from "../src/accountability/register";
import { Role } from "../src/access/viewer";
import { loadConfig, projectRoot } from "../src/config";
import { DETECTORS } from "../src/detectors/registry";
import { storeFairness } from "../src/fairness/stored";
import { cypher } from "../src/graph/cypher";
import { DATASET_SCHEMA_PATH } from "../src/import/schema-check";
import type { Graph } from "../src/graph/gateway";
import { startApi, type TestApi } from "./support/api";
import { CONNECTION_FILE } from "./support/connection";
import { testGraph, uniquePrefix } from "./support/graph";
import { FULL_REGISTER_SETTINGS } from "./support/register-settings";
import { Scenario } from "./support/scenario";
import { scratchFolders } from "./support/scratch";
import { removeByPrefix } from "./support/snapshot";

const CONFIGURED = {
  REGISTER_ORGANISATION: "Gemeente Voorbeeld", REGISTER_CONTACT: "algoritmes@voorbeeld.nl", REGISTER_LEGAL_BASIS: "Wmo 2015 art. 5.1.1; Jeugdwet art. 7.4.0",
  REGISTER_DPIA_URL: "https://voorbeeld.nl/dpia-behangrol", REGISTER_OBJECTION_PROCEDURE: "Bezwaar via het privacyloket van de gemeente",
};
const schema = JSON.parse(fs.readFileSync(DATASET_SCHEMA_PATH, "utf8")) as { properties: Record<string, { items?: { properties?: Record<string, unknown> } }> };
const isDeliveryField = (name: string): boolean => {
  const [records, field] = name.split(".") as [string, string];
  return !!schema.properties[records]?.items?.properties?.[field];
};

describe("the register entry, generated from the code", () => {
  const entry = buildRegister(loadConfig(CONFIGURED), null);

  it.each(Object.values(DETECTORS).map((d) => [d.kind, d] as const))("describes %s with its parameters, the fields it reads and its evidence", (kind, spec) => {
    const d = entry.detectoren.find((x) => x.code === kind);
    expect(d?.naam).toBeTruthy();
    expect(d?.regel.length).toBeGreaterThan(80);
    expect(d?.parameters).toEqual(Object.entries(spec.params).map(([naam, p]) => ({ naam, standaard: p.default, minimum: p.min, maximum: p.max })));
    for (const p of Object.keys(spec.params)) expect(d?.regel).toContain(p); // the rule names every parameter it has
    expect(d?.leestVelden.length).toBeGreaterThan(3);
    expect(d?.leestVelden.filter((f) => !isDeliveryField(f))).toEqual([]); // only fields the delivery format has
    expect(d?.toontBewijs.length).toBeGreaterThan(0);
  });

  it("is complete for a configured installation, and names each missing setting for an unconfigured one", () => {
    expect(entry.ontbreekt).toEqual([]);
    expect(registerMarkdown(entry)).toContain("**Organisatie:** Gemeente Voorbeeld");
    const bare = buildRegister(loadConfig({}), null);
    expect(bare.ontbreekt).toEqual([
      "REGISTER_ORGANISATION: Organisatie", "REGISTER_LEGAL_BASIS: Wettelijke grondslag", "REGISTER_DPIA_URL: DPIA (link)",
      "REGISTER_CONTACT: Contact", "REGISTER_OBJECTION_PROCEDURE: Bezwaarprocedure",
    ]);
    expect(registerMarkdown(bare)).toContain("**ontbreekt** (stel REGISTER_CONTACT in)");
  });

  it("says that the data model holds no protected attributes", () => {
    expect(entry.beschermdeKenmerken).toMatch(/geen ethnicity, nationality, religion, country of birth/);
  });
});

describe("npm run register", () => {
  const folders = scratchFolders();
  afterAll(() => folders.removeAll());
  const run = (env: Record<string, string>) => {
    const { uri, password } = JSON.parse(fs.readFileSync(CONNECTION_FILE, "utf8")) as Record<string, string>;
    return spawnSync(process.execPath, [path.join(projectRoot, "dist/src/cli/register.js"), ...(env.FORMAT ? ["--format", env.FORMAT] : [])], {
      env: { PATH: process.env.PATH, NEO4J_URI: uri, NEO4J_PASSWORD: password, BEHANGROL_DATA_DIR: folders.make("behangrol-register-"), ...env },
      encoding: "utf8", timeout: 60_000,
    });
  };

  it("prints a complete entry for a configured installation", () => {
    const out = run(CONFIGURED);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^# behangrol/);
    expect(out.stdout).toContain("Gemeente Voorbeeld");
    for (const spec of Object.values(DETECTORS)) expect(out.stdout).toContain(`(\`${spec.kind}\`)`);
    expect(out.stderr).not.toContain("not complete");
  });

  it("lists what is missing for an unconfigured one, and gives JSON when asked", () => {
    const out = run({ FORMAT: "json" });
    expect(out.status).toBe(0);
    expect((JSON.parse(out.stdout) as { ontbreekt: string[] }).ontbreekt).toHaveLength(5);
    expect(out.stderr).toContain("The entry is not complete yet; set:\n  REGISTER_ORGANISATION: Organisatie");
  });

  it("prints one publishable v1.0 object for a configured installation (--format algoritmeregister)", () => {
    const out = run({ ...FULL_REGISTER_SETTINGS, FORMAT: "algoritmeregister" });
    expect(out.status).toBe(0);
    const entry = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(entry).toMatchObject({ organization: "Gemeente Voorbeeld", lang: "nld", standard_version: "1.0" });
    expect(checkAlgoritmeregister(entry)).toEqual([]);
    expect(out.stderr).not.toMatch(/not set|cannot be published/);
  });

  it("still prints the v1.0 object for an unconfigured one, names the required settings on stderr, and exits with 2", () => {
    const out = run({ FORMAT: "algoritmeregister" });
    expect(out.status).toBe(2);
    expect(JSON.parse(out.stdout)).toMatchObject({ lang: "nld", standard_version: "1.0" });
    expect(out.stderr).toContain("The entry cannot be published yet:\n  REGISTER_ORGANISATION is not set: organization is required for publication\n");
    for (const setting of ["REGISTER_CONTACT", "REGISTER_STATUS", "REGISTER_PUBLICATION_CATEGORY"]) expect(out.stderr).toContain(`${setting} is not set`);
  });

  it("refuses to start with a value the register would not take, naming the setting", () => {
    const out = run({ ...FULL_REGISTER_SETTINGS, REGISTER_PUBLICATION_CATEGORY: "Categorie B", FORMAT: "algoritmeregister" });
    expect(out.status).toBe(1);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(/REGISTER_PUBLICATION_CATEGORY must be one of Hoog-risico AI-systeem, Impactvolle algoritmes, Overige algoritmes, got "Categorie B"/);
  });
});

describe("the humans' judgement, measured from triage through the API", () => {
  let graph: Graph;
  let api: TestApi;
  const made: Scenario[] = [];
  beforeAll(async () => {
    graph = testGraph();
    api = await startApi(graph, { REVIEW_MIN_JUDGED: "3", REVIEW_NOT_A_CONCERN_SHARE: "0.3" });
  });
  afterAll(async () => {
    await api.close();
    for (const s of made) await removeByPrefix(graph, s.p);
    await graph.close();
  });

  type Judgement = { kind: string; judged: number; dismissed: number; resolved: number; dismissedBy: { reason: string; hits: number }[];
    medianHoursToFirstLook: number | null; notAConcernShare: number | null; flaggedForReview: boolean };
  const JUDGEMENT = `{ patternSummary { judgement { kind judged dismissed resolved dismissedBy { reason hits } medianHoursToFirstLook notAConcernShare flaggedForReview } } }`;
  const careAvoidance = async (): Promise<Judgement> => ((await api.raw(JUDGEMENT, {}, { role: Role.ANALYST })).data?.patternSummary as { judgement: Judgement[] })
    .judgement.find((j) => j.kind === "CARE_AVOIDANCE") as Judgement;
  const by = (j: Judgement, reason: string) => j.dismissedBy.find((d) => d.reason === reason)?.hits ?? 0;

  it("counts judged, dismissed (by reason) and resolved hits per detector, and flags a rule people keep dismissing", async () => {
    const before = await careAvoidance();
    const ids: string[] = [];
    for (let k = 0; k < 3; k++) {
      const s = new Scenario(`judge${k}`).member("mother", "2010-01-01");
      s.event({ type: "CONTACT_REFUSED", date: "2023-01-01", agency: "wmo", person: "mother" });
      s.event({ type: "NO_SHOW", date: "2023-02-01", agency: "jeugd", person: "mother" });
      s.event({ type: "NO_SHOW", date: "2023-03-01", agency: "jeugd", person: "mother" });
      made.push(s);
      expect((await api.raw(`mutation($d: JSON!) { importDataset(dataset: $d) { ok } }`, { d: s.delivery() })).data).toEqual({ importDataset: { ok: true } });
      const hits = await api.raw(`query($n: String) { patternHits(kind: CARE_AVOIDANCE, neighbourhood: $n) { edges { node { id } } } }`, { n: s.id("wijk") });
      ids.push((hits.data?.patternHits as { edges: { node: { id: string } }[] }).edges[0]?.node.id as string);
    }
    const triage = (id: string, status: string, reason?: string) =>
      api.raw(`mutation($id: ID!, $status: HitStatus!, $reason: DismissReason) { triageHit(id: $id, status: $status, reason: $reason) { status } }`, { id, status, reason });
    await triage(ids[0] as string, "DISMISSED", "NOT_A_CONCERN");
    await triage(ids[1] as string, "DISMISSED", "NOT_A_CONCERN");
    await triage(ids[2] as string, "SEEN");
    await triage(ids[2] as string, "RESOLVED");
    const after = await careAvoidance();
    expect(after.judged - before.judged).toBe(3);
    expect(after.dismissed - before.dismissed).toBe(2);
    expect(by(after, "NOT_A_CONCERN") - by(before, "NOT_A_CONCERN")).toBe(2);
    expect(after.resolved - before.resolved).toBe(1);
    expect(after.medianHoursToFirstLook).toBeGreaterThanOrEqual(0);
    expect(after.notAConcernShare).toBeGreaterThan(0.3);
    expect(after.flaggedForReview).toBe(true);

    const register = await api.raw(`{ algorithmRegister { markdown json } }`, {}, { role: Role.ANALYST });
    expect((register.data?.algorithmRegister as { markdown: string }).markdown).toMatch(/Zorgmijding[\s\S]*Gemarkeerd voor herziening/);
    expect(JSON.stringify(register)).not.toMatch(/judge\d-[0-9a-f]+-h|t-judge/); // aggregated: no household ids
  });

  it("gives an analyst the v1.0 entry, whose risks cite the latest fairness report kept", async () => {
    const summaryNL = `Gemeten op ${uniquePrefix("fairness")}: geen groep krijgt zonder reden vaker een melding.`;
    await storeFairness(graph, { asOf: "2026-11-20", flagged: 0, unjustified: 0, summaryNL, json: "{}" });
    try {
      const answer = await api.raw(`{ algorithmRegister { algoritmeregister algoritmeregisterProblems } }`, {}, { role: Role.ANALYST });
      const { algoritmeregister: entry, algoritmeregisterProblems: problems } = answer.data?.algorithmRegister as { algoritmeregister: Record<string, unknown>; algoritmeregisterProblems: string[] };
      expect(entry).toMatchObject({ lang: "nld", standard_version: "1.0", category: ["Zorg en gezondheid", "Sociale zekerheid"] });
      expect(entry.risks).toContain(`over de stand op 20 november 2026. ${summaryNL}`);
      // this API has no register settings: the entry says nothing in their place, the problems name them
      expect(entry).not.toHaveProperty("organization");
      expect(problems).toContain("REGISTER_ORGANISATION is not set: organization is required for publication");
      expect(checkAlgoritmeregister(entry)).toEqual(["organization: required", "status: required", "contact_email: required", "publication_category: required"]);
    } finally {
      await graph.write(cypher("../tests/support/remove-fairness-report.cypher"), { summaryNL });
    }
  });

  it("is for analysts and admins only", async () => {
    const coordinator = { role: Role.COORDINATOR, user: "pr-regie-2" };
    expect((await api.raw(`{ algorithmRegister { missing } }`, {}, coordinator)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const v1 = await api.raw(`{ algorithmRegister { algoritmeregister algoritmeregisterProblems } }`, {}, coordinator);
    expect(v1.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(v1.data ?? null).toBeNull();
    expect((await api.raw(JUDGEMENT, {}, coordinator)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

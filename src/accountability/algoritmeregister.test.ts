import fs from "node:fs";
import { loadConfig, REGISTER_PUBLICATION_CATEGORIES, REGISTER_STATUSES } from "../config";
import { DETECTORS } from "../detectors/registry";
import { PatternKind } from "../detectors/types";
import type { StoredFairness } from "../fairness/stored";
import { DismissReason } from "../model/hit-work.type";
import { buildAlgoritmeregister, publicationProblems, type AlgoritmeregisterEntry, fairnessCurrency } from "./algoritmeregister";
import { checkAlgoritmeregister, DEFINITION_PATH, plainLength, stripHtml } from "./algoritmeregister-check";
import type { DetectorJudgement } from "./judgement.service";
import { FULL_REGISTER_SETTINGS } from "../../tests/support/register-settings";

interface RawField { required?: unknown; permitted_values?: string[]; items?: Record<string, { required?: unknown; recommended_items?: string[] }> }
const raw = JSON.parse(fs.readFileSync(DEFINITION_PATH, "utf8")) as { properties: Record<string, RawField> };
const fields = Object.keys(raw.properties);

const judgement: DetectorJudgement[] = Object.values(PatternKind).map((kind, i) => ({
  kind, hits: 10, judged: 4, dismissed: 1, dismissedBy: [{ reason: DismissReason.NOT_A_CONCERN, hits: 1 }], resolved: 2,
  medianHoursToFirstLook: 5, notAConcernShare: 0.25, flaggedForReview: i === 2,
}));
const fairness: StoredFairness = {
  at: "2026-12-01T09:30:00Z", asOf: "2026-11-30", flagged: 1, unjustified: 0,
  summaryNL: "Zeven regels zijn gemeten op 1000 huishoudens. Eén groep krijgt vaker een melding; dat is onderbouwd.",
};

const built = buildAlgoritmeregister(loadConfig(FULL_REGISTER_SETTINGS), judgement, fairness);
const full = built.entry;
const bare = buildAlgoritmeregister(loadConfig({}), null, null);
/** The full entry with some fields changed (undefined: left out). */
const changed = (change: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries({ ...full, ...change }).filter(([, v]) => v !== undefined));

describe("the entry in the Algorithm Register's publication standard v1.0", () => {
  it("passes the vendored definition without a single problem when every setting is given", () => {
    expect(checkAlgoritmeregister(full)).toEqual([]);
    expect(publicationProblems(built)).toEqual({ problems: [], publishable: true });
  });

  it("uses only v1.0's field names, and never the two the register fills in itself", () => {
    for (const entry of [full, bare.entry]) {
      expect(Object.keys(entry).filter((k) => !fields.includes(k))).toEqual([]);
      expect(entry).not.toHaveProperty("lars");
      expect(entry).not.toHaveProperty("publication_dt");
    }
    expect(full).toMatchObject({ lang: "nld", standard_version: "1.0", organization: "Gemeente Voorbeeld", status: "In gebruik", source_id: "ALG-2026-007" });
  });

  it("names the setting of each required field left unset, fills in no placeholder, and cannot be published", () => {
    const { problems, publishable } = publicationProblems(bare);
    expect(publishable).toBe(false);
    expect(problems).toEqual(expect.arrayContaining([
      "REGISTER_ORGANISATION is not set: organization is required for publication",
      "REGISTER_CONTACT is not set: contact_email is required for publication",
      "REGISTER_STATUS is not set: status is required for publication",
      "REGISTER_PUBLICATION_CATEGORY is not set: publication_category is required for publication",
      "REGISTER_DPIA_URL is not set (for impacttoetsen_grouping)",
    ]));
    expect(problems.filter((p) => / is required for publication$/.test(p))).toHaveLength(4);
    expect(problems.filter((p) => /^[a-z_]+: required/.test(p))).toEqual([]); // said once, by setting
    for (const field of ["organization", "contact_email", "status", "publication_category", "lawful_basis", "impacttoetsen_grouping"]) expect(bare.entry).not.toHaveProperty(field);
    expect(JSON.stringify(bare.entry)).not.toMatch(/ontbreekt|onbekend|TODO|REGISTER_/);
  });

  it("names the setting beside a value the register would refuse", () => {
    const long = buildAlgoritmeregister(loadConfig({ ...FULL_REGISTER_SETTINGS, REGISTER_ORGANISATION: "Gemeente ".repeat(15).trim() }), null, null);
    expect(publicationProblems(long)).toEqual({ problems: ["organization: 134 characters without HTML, at most 100 (REGISTER_ORGANISATION)"], publishable: false });
  });

  it("keeps the settings' permitted values, the themes and the impact assessments' titles as v1_0.json spells them", () => {
    expect(raw.properties.status?.permitted_values).toEqual([...REGISTER_STATUSES]);
    expect(raw.properties.publication_category?.permitted_values).toEqual([...REGISTER_PUBLICATION_CATEGORIES]);
    expect(full.category).toEqual(["Zorg en gezondheid", "Sociale zekerheid"]);
    const recommended = raw.properties.impacttoetsen_grouping?.items?.title?.recommended_items;
    expect(full.impacttoetsen_grouping).toEqual([
      { title: "Data Protection Impact Assessment (DPIA)", link: "https://www.voorbeeld.nl/dpia-behangrol" },
      { title: "Impact Assessment Mensenrechten en Algoritmes (IAMA)", link: "https://www.voorbeeld.nl/iama-behangrol" },
    ]);
    for (const t of full.impacttoetsen_grouping ?? []) expect(recommended).toContain(t.title);
    expect(full.lawful_basis_grouping).toEqual([
      { title: "Wet maatschappelijke ondersteuning 2015", link: "https://wetten.overheid.nl/BWBR0035362" },
      { title: "Jeugdwet", link: "https://wetten.overheid.nl/BWBR0034925" },
    ]);
  });

  it("says why an impact assessment is missing while its link is not given", () => {
    expect(full).not.toHaveProperty("impacttoetsen");
    const noIama = buildAlgoritmeregister(loadConfig({ ...FULL_REGISTER_SETTINGS, REGISTER_IAMA_URL: "" }), null, null).entry;
    expect(noIama.impacttoetsen_grouping?.map((t) => t.title)).toEqual(["Data Protection Impact Assessment (DPIA)"]);
    expect(stripHtml(noIama.impacttoetsen ?? "")).toMatch(/^Een IAMA is niet wettelijk verplicht\..*Er is nog geen link naar een IAMA opgegeven\.$/);
    expect(stripHtml(bare.entry.impacttoetsen ?? "")).toMatch(/DPIA.*IAMA/);
  });

  it("describes each of the seven rules with its parameters' defaults, says it is not self-learning, in at most 5000 characters", () => {
    const text = stripHtml(full.methods_and_models);
    expect(plainLength(full.methods_and_models)).toBeLessThanOrEqual(5000);
    expect(text).toMatch(/niet zelflerend/);
    for (const spec of Object.values(DETECTORS)) {
      expect(text).toContain(`${spec.register.name} (${spec.kind})`);
      for (const [name, p] of Object.entries(spec.params)) expect(text).toContain(`${name} (standaard ${p.default})`);
    }
    expect(full.methods_and_models.match(/<li>/g)).toHaveLength(7);
    expect(text).toContain("https://code.voorbeeld.nl/behangrol");
  });

  it("says no hit has a consequence without a person judging it, and how a resident objects", () => {
    const text = stripHtml(full.human_intervention);
    expect(text).toMatch(/^Een melding heeft geen gevolg zonder dat een mens haar beoordeelt\./);
    expect(text).toContain("Tot nu toe zijn 28 meldingen door een mens beoordeeld. Daarvan zijn er 7 afgewezen en 14 opgelost.");
    expect(text).toContain("Maak bezwaar via het privacyloket van de gemeente.");
  });

  it("cites the latest fairness report in the risks, with the review threshold and the rules flagged now", () => {
    const text = stripHtml(full.risks);
    expect(text).toContain("Het laatste eerlijkheidsrapport is gemaakt op 1 december 2026, over de stand op 30 november 2026. " + fairness.summaryNL);
    expect(text).toContain("Een regel waarvan meer dan 30% van de beoordeelde meldingen (bij minstens 10) als 'geen zorg' is afgewezen, wordt gemarkeerd voor herziening.");
    expect(text).toContain("Nu gemarkeerd: Zorgmijding.");
    expect(text).toMatch(/geen etniciteit, nationaliteit, religie, geboorteland/);
  });

  it("says in the risks that no fairness report was made yet, and how to make one", () => {
    expect(stripHtml(bare.entry.risks)).toContain("Er is nog geen eerlijkheidsrapport gemaakt.");
    expect(stripHtml(bare.entry.risks)).toContain("npm run fairness");
  });

  it("escapes a configured text in an HTML field, so it says what was given", () => {
    const entry = buildAlgoritmeregister(loadConfig({ ...FULL_REGISTER_SETTINGS, REGISTER_LEGAL_BASIS: "Wmo 2015 <artikel 2.3.5> & Jeugdwet" }), null, null).entry;
    expect(entry.lawful_basis).toBe("<p>Wmo 2015 &lt;artikel 2.3.5&gt; &amp; Jeugdwet</p>");
    expect(stripHtml(entry.lawful_basis ?? "")).toBe("Wmo 2015 <artikel 2.3.5> & Jeugdwet");
    expect(checkAlgoritmeregister(entry)).toEqual([]);
  });

  /** Sentences of the text without HTML, and their length in words. */
  const sentenceLengths = (html: string): number[] =>
    stripHtml(html).split(/(?<=[.!?])\s+/).filter((s) => s.trim()).map((s) => s.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length);
  it.each<keyof AlgoritmeregisterEntry>(["description_short", "goal", "proportionality", "human_intervention"])(
    "writes %s for B1 by a crude proxy: sentences of at most 20 words on average, none over 35",
    (field) => {
      const lengths = sentenceLengths(full[field] as string);
      expect(lengths.length).toBeGreaterThan(1);
      expect(lengths.reduce((a, b) => a + b, 0) / lengths.length).toBeLessThanOrEqual(20);
      expect(Math.max(...lengths)).toBeLessThanOrEqual(35);
    },
  );
});

describe("the v1.0 check", () => {
  it("counts the maximum length without HTML tags", () => {
    expect(checkAlgoritmeregister(changed({ goal: `<p>${"a".repeat(2500)}</p>` }))).toEqual([]);
    expect(checkAlgoritmeregister(changed({ goal: `<p>${"a".repeat(1250)}</p><p>${"b".repeat(1250)}</p>` })))
      .toEqual(["goal: 2501 characters without HTML, at most 2500"]); // the pieces are joined by a space, as the register does
    expect(checkAlgoritmeregister(changed({ name: "n".repeat(101) }))).toEqual(["name: 101 characters without HTML, at most 100"]);
  });

  it("refuses a value outside the permitted ones, and text where a list belongs", () => {
    expect(checkAlgoritmeregister(changed({ status: "in gebruik", category: ["Zorg en gezondheid", "Bestuur"] }))).toEqual([
      'category: "Bestuur" not among "Organisatie en bedrijfsvoering", "Cultuur en recreatie", "Economie", "Overheidsfinanciën", "Wonen", "Internationaal", ' +
        '"Migratie en integratie", "Natuur en milieu", "Onderwijs en wetenschap", "Openbare orde en veiligheid", "Recht", "Ruimte en infrastructuur", ' +
        '"Sociale zekerheid", "Verkeer", "Werk", "Zorg en gezondheid"',
      'status: "in gebruik" is not one of "In ontwikkeling", "In gebruik", "Buiten gebruik"',
    ]);
    expect(checkAlgoritmeregister(changed({ lang: "nl", category: "Zorg en gezondheid", name: 7 }))).toEqual([
      "name: must be text, got number", "category: must be a list", 'lang: "nl" is not one of "nld"',
    ]);
  });

  it("refuses keys v1.0 does not have, and the two the register fills in", () => {
    expect(checkAlgoritmeregister(changed({ detectoren: [], lars: "a1b2", publication_dt: "2026-12-01" }))).toEqual([
      "detectoren: not a field of v1.0", "lars: filled in by the register itself; must not be sent", "publication_dt: filled in by the register itself; must not be sent",
    ]);
  });

  it("requires each required field, empty text and empty paragraphs counting as missing", () => {
    expect(checkAlgoritmeregister(changed({ name: undefined, description_short: "  ", contact_email: "<p></p>" })))
      .toEqual(["name: required", "description_short: required", "contact_email: required"]);
  });

  it("checks each item of a grouping list: its required keys, its lengths, no other keys", () => {
    expect(checkAlgoritmeregister(changed({
      lawful_basis_grouping: [{ title: "Jeugdwet" }, { title: "t".repeat(101), link: "https://wetten.overheid.nl/BWBR0034925", note: "x" }],
      impacttoetsen_grouping: [{ title: "Pre-scan DPIA" }], // link is not required there
    }))).toEqual([
      "lawful_basis_grouping[0].link: required",
      "lawful_basis_grouping[1].note: not a key of lawful_basis_grouping in v1.0",
      "lawful_basis_grouping[1].title: 101 characters without HTML, at most 100",
    ]);
  });

  it('does not require source_data_grouping, whose definition says "required": "false" (a string)', () => {
    expect(raw.properties.source_data_grouping?.required).toBe("false");
    expect(checkAlgoritmeregister(changed({ source_data_grouping: undefined }))).toEqual([]);
    expect(checkAlgoritmeregister(changed({ source_data_grouping: [{ title: "BRP" }] }))).toEqual(["source_data_grouping[0].link: required"]);
  });

  it("refuses HTML a field does not allow", () => {
    expect(checkAlgoritmeregister(changed({ description_short: "<p>Kort.</p>", goal: "<p><b>Doel</b></p>" }))).toEqual([
      "description_short: HTML <p> is not allowed in this field", "goal: HTML <b> is not allowed here (only div, br, p, ul, ol, li)",
    ]);
  });
});

describe("the fairness report the entry cites", () => {
  const kept = (at: string) => ({ at, asOf: at.slice(0, 10), flagged: 3, unjustified: 0, summaryNL: "Eerlijkheidsrapport." });
  it("is asked for when none was kept, and when the latest is more than a month old", () => {
    expect(fairnessCurrency(null, "2026-12-06")).toBe("risks: no fairness report has been kept yet; run npm run fairness");
    expect(fairnessCurrency(kept("2026-10-01T09:00:00Z"), "2026-12-06")).toBe("risks: the latest fairness report is 66 days old (more than 31); run npm run fairness");
    expect(fairnessCurrency(kept("2026-11-20T09:00:00Z"), "2026-12-06")).toBeNull();
  });
});

import { FEATURES, householdType, type Feature, type HouseholdProfile } from "./dimensions";
import { parseJustification, readJustification } from "./justifications";
import { measureFairness, POOLED, type FairnessSettings } from "./measure";
import { holmRejects, twoProportionP } from "./statistics";
import { DETECTORS } from "../detectors/registry";

const SETTINGS: FairnessSettings = { minRatio: 0.8, maxRatio: 1.25, minGroup: 10, maxP: 0.05 };
const NO_FEATURES = Object.fromEntries(FEATURES.map((f) => [f, 0])) as Record<Feature, number>;

/** n households in a neighbourhood, two adults of 40 each, `agencies` agencies involved. */
const households = (neighbourhood: string, n: number, from = 0, features: Partial<Record<Feature, number>> = {}): HouseholdProfile[] =>
  Array.from({ length: n }, (_, k) => ({
    id: `${neighbourhood}-${from + k}`, neighbourhood, members: [{ birthYear: 1986, role: "PARENT" }, { birthYear: 1986, role: "PARTNER" }],
    agencies: 2, features: { ...NO_FEATURES, ...features },
  }));

const report = (profiles: HouseholdProfile[], chosen: (p: HouseholdProfile, k: number) => boolean, settings = SETTINGS, justification = new Map()) =>
  measureFairness({
    profiles, year: 2026, settings, justifications: justification, judged: [],
    selected: new Map([["MISSED_SIGNAL", new Set(profiles.filter(chosen).map((p) => p.id))]]),
    reads: new Map([["MISSED_SIGNAL", DETECTORS.MISSED_SIGNAL.register.reads]]),
  })[0]!;

describe("the household type", () => {
  it.each([
    [[1990], ["PARENT"], "SINGLE_ADULT"],
    [[1990, 1992], ["PARENT", "PARTNER"], "COUPLE"],
    [[1990, 2015], ["PARENT", "CHILD"], "SINGLE_PARENT"],
    [[1980, 2005], ["PARENT", "CHILD"], "SINGLE_PARENT"], // a grown-up child at home is still a child (CBS)
    [[1990, 1990, 2018], ["PARENT", "PARTNER", "CHILD"], "TWO_PARENTS"],
    [[1950, 1990], ["PARENT", "PARTNER"], "WITH_65_PLUS"],
    [[1990, 1991, 1992], ["PARENT", "PARTNER", "PARTNER"], "OTHER"],
  ])("born %j as %j is %s", (years, roles, type) => {
    expect(householdType(years.map((birthYear, i) => ({ birthYear, role: roles[i] as string })), 2026)).toBe(type);
  });

  it("is UNKNOWN without members or with a birth year missing", () => {
    expect(householdType([], 2026)).toBe("UNKNOWN");
    expect(householdType([{ birthYear: null, role: "PARENT" }], 2026)).toBe("UNKNOWN");
  });
});

describe("the fairness measure", () => {
  it("flags a neighbourhood selected twice as often, and not one that differs by chance", () => {
    const profiles = ["A", "B", "C", "D"].flatMap((n) => households(n, 400));
    const rate: Record<string, number> = { A: 0.2, B: 0.11, C: 0.1, D: 0.1 };
    const d = report(profiles, (p) => Number(p.id.split("-")[1]) < 400 * (rate[p.neighbourhood as string] as number));
    const group = (g: string) => d.groups.find((x) => x.dimension === "NEIGHBOURHOOD" && x.group === g);
    expect(group("A")).toMatchObject({ households: 400, selected: 80, flagged: true, justified: false, outsideBand: true });
    expect(group("A")?.ratio).toBeCloseTo(80 / 400 / d.rate);
    expect(group("B")?.flagged).toBe(false);
    // 2 of 30 against 40 of 400: outside the band, but chance does that often
    const small = [...["B", "C", "D"].flatMap((n) => households(n, 400)), ...households("E", 30)];
    const chosen = (p: HouseholdProfile) => Number(p.id.split("-")[1]) < (p.neighbourhood === "E" ? 2 : 40);
    const e = report(small, chosen).groups.find((x) => x.dimension === "NEIGHBOURHOOD" && x.group === "E");
    expect(e).toMatchObject({ outsideBand: true, flagged: false });
    expect(e?.pValue).toBeGreaterThan(0.3);
    // with the band alone (FAIRNESS_MAX_P=1) it is flagged
    expect(report(small, chosen, { ...SETTINGS, maxP: 1 }).groups.find((x) => x.dimension === "NEIGHBOURHOOD" && x.group === "E")?.flagged).toBe(true);
  });

  it("tells a difference that comes from how many agencies see a group from one that does not", () => {
    // A is seen by five agencies three times as often as B; the rule selects by that alone (half of those seen by five, a tenth of the others)
    const seenBy = (n: number) => (p: HouseholdProfile, k: number) => ({ ...p, id: `${p.id}-${n}-${k}`, agencies: n });
    const profiles = [
      ...households("A", 300).map(seenBy(5)), ...households("A", 100).map(seenBy(1)),
      ...households("B", 100).map(seenBy(5)), ...households("B", 300).map(seenBy(1)),
    ];
    const byAgencies = (p: HouseholdProfile, k: number) => (p.agencies === 5 ? k % 2 === 0 : k % 10 === 0);
    const d = report(profiles, byAgencies);
    const a = d.groups.find((g) => g.dimension === "NEIGHBOURHOOD" && g.group === "A");
    expect(a?.ratio).toBeGreaterThan(1.25);
    expect(a?.ratioAsSeen).toBeCloseTo(1, 1);
    // and a rule that selects A more among households seen alike keeps its difference
    const unfair = report(profiles, (p, k) => (p.neighbourhood === "A" ? k % 2 === 0 : k % 10 === 0));
    expect(unfair.groups.find((g) => g.dimension === "NEIGHBOURHOOD" && g.group === "A")?.ratioAsSeen).toBeGreaterThan(1.25);
    expect(d.groups.filter((g) => g.dimension === "AGENCIES_INVOLVED").every((g) => g.ratioAsSeen === 1)).toBe(true);
  });

  it("pools groups under ten so that no total gives one away, and shows nothing of a dimension smaller than ten", () => {
    const profiles = [...households("A", 50), ...households("B", 4), ...households("C", 3)];
    const d = report(profiles, (_, k) => k % 5 === 0);
    const neighbourhoods = d.groups.filter((g) => g.dimension === "NEIGHBOURHOOD");
    expect(neighbourhoods.map((g) => [g.group, g.households])).toEqual([[POOLED, 57]]); // B and C (7) took A in to reach ten
    const tiny = report(households("A", 6), () => true);
    expect(tiny.groups).toEqual([]);
  });

  it("gives a ratio of 1 and no flag when the rule selects no one", () => {
    const d = report([...households("A", 30), ...households("B", 30)], () => false);
    expect(d.groups.every((g) => g.ratio === 1 && !g.flagged)).toBe(true);
  });

  it("counts a flag as justified only when the rule's file names the dimension, or the group", () => {
    const profiles = ["A", "B", "C", "D"].flatMap((n) => households(n, 400));
    const justified = parseJustification(`Decided by: x\nDecided on: 2026-01-01\nJustifies: NEIGHBOURHOOD = B\n## Aim\na\n## Suitable\nb\n## Necessary\nc\n## Proportional\nd\n`, "f.md");
    const d = report(profiles, (p) => p.neighbourhood === "A" ? Number(p.id.split("-")[1]) < 80 : Number(p.id.split("-")[1]) < 40,
      SETTINGS, new Map([["MISSED_SIGNAL", justified]]));
    expect(d.groups.find((g) => g.group === "A")).toMatchObject({ flagged: true, justified: false });
  });

  it("says a count the rule reads is a strong proxy when it gives the group away, and none when it does not", () => {
    const telling = [...households("A", 200, 0, { signals: 3 }), ...households("B", 200, 0, { signals: 0 })];
    const proxy = report(telling, () => false).proxies.find((p) => p.dimension === "NEIGHBOURHOOD");
    expect(proxy).toMatchObject({ verdict: "STRONG", accuracy: 1 });
    expect(proxy?.inputs).toContain("signals");
    // the other way round: A selected, B not: the neighbourhood decides the outcome
    expect(report(telling, (p) => p.neighbourhood === "A").proxies.find((p) => p.dimension === "NEIGHBOURHOOD")?.association).toBeCloseTo(1);
    expect(report(telling, (_, k) => k % 2 === 0).proxies.find((p) => p.dimension === "NEIGHBOURHOOD")?.association).toBeCloseTo(0);
    const mixed = [...households("A", 200, 0, { signals: 1 }), ...households("B", 200, 0, { signals: 1 })];
    expect(report(mixed, () => false).proxies.find((p) => p.dimension === "NEIGHBOURHOOD")?.verdict).toBe("NONE");
  });
});

describe("the statistics", () => {
  it("gives Fisher's exact two-sided p-value", () => {
    // the lady tasting tea: 3 of 4 right, one-sided 0.2429, two-sided 0.4857
    expect(twoProportionP(3, 4, 1, 4)).toBeCloseTo(0.4857, 3);
    expect(twoProportionP(10, 10, 0, 10)).toBeCloseTo(1.0825e-5, 7);
    expect(twoProportionP(0, 0, 3, 10)).toBe(1);
  });

  it("keeps Holm's order: the smallest p-value against alpha / m, the next against alpha / (m - 1)", () => {
    expect(holmRejects([0.01, 0.04, 0.03, 0.005], 0.05)).toEqual([true, false, false, true]);
    expect(holmRejects([0.001, 0.02], 0.05)).toEqual([true, true]);
  });
});

describe("the justification files", () => {
  it.each(Object.keys(DETECTORS))("of %s is complete and never excuses a neighbourhood", (kind) => {
    const j = readJustification(kind);
    expect(j).not.toBeNull();
    expect(j?.decidedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(j?.justifies.some((x) => x.dimension === "NEIGHBOURHOOD")).toBe(false);
  });

  it("refuses an incomplete file, naming the file and what is missing", () => {
    expect(() => parseJustification("Justifies: AGENCIES_INVOLVED\n## Aim\nx\n", "src/detectors/x/justification.md"))
      .toThrow(/src\/detectors\/x\/justification.md is not a complete justification: it needs a "Decided by:" line; a "Decided on: YYYY-MM-DD" line; a "## Suitable" section/);
    expect(() => parseJustification("Decided by: a\nDecided on: 2026-01-01\nJustifies: POSTCODE\n## Aim\na\n## Suitable\nb\n## Necessary\nc\n## Proportional\nd\n", "f.md"))
      .toThrow(/a known dimension instead of "POSTCODE"/);
  });
});

import { Scenario } from "../../../tests/support/scenario";
import { detectorSuite, plusDays } from "../../../tests/support/detector-suite";
import { PatternKind } from "../types";

const K = PatternKind.PROFESSIONAL_TURNOVER;
const { graph, keep } = detectorSuite();

/** `n` interventions by different professionals, the last starting on day `lastDay` after the first. */
function newFaces(label: string, n: number, lastDay = 300): Scenario {
  const s = keep(new Scenario(label).member("mother", "2010-01-01"));
  for (let k = 0; k < n; k++) {
    const start = plusDays("2022-01-01", k === n - 1 ? lastDay : k * 10);
    s.help({ agency: "jeugd", professionalId: `p${k}`, domain: "JEUGD", start, end: plusDays(start, 30) });
  }
  return s;
}

describe("PROFESSIONAL_TURNOVER", () => {
  it("flags five different professionals starting within 365 days", async () => {
    const s = await newFaces("pt-5", 5, 364).load(graph());
    const [hit] = await s.detect(graph(), K);
    expect(hit?.score).toBe(5);
    expect(hit?.evidence.filter((e) => e.role === "PROFESSIONAL")).toHaveLength(5);
  });

  it("does not flag four, nor five when the fifth starts on day 366", async () => {
    expect(await (await newFaces("pt-4", 4).load(graph())).detect(graph(), K)).toEqual([]);
    expect(await (await newFaces("pt-late", 5, 365).load(graph())).detect(graph(), K)).toEqual([]);
  });

  it("flags two relationships broken within a year, even with few professionals", async () => {
    const s = keep(new Scenario("pt-broken").member("mother", "2010-01-01"));
    s.help({ agency: "wmo", professionalId: "a", person: "mother", domain: "WMO", start: "2022-01-01", end: "2022-03-01", endReason: "RELATIONSHIP_BROKEN" });
    s.help({ agency: "wmo", professionalId: "b", person: "mother", domain: "WMO", start: "2022-04-01", end: "2022-12-01", endReason: "RELATIONSHIP_BROKEN" });
    await s.load(graph());
    const [hit] = await s.detect(graph(), K);
    expect(hit?.score).toBe(2);
    expect(hit?.evidence.filter((e) => e.role === "RELATIONSHIP_BROKEN")).toHaveLength(2);
    expect(await s.detect(graph(), K, undefined, { minBroken: 3 })).toEqual([]);
  });

  describe("in a window (patterns.md: a start counts only inside it)", () => {
    it("does not count help already running when the window opens as new faces", async () => {
      const s = keep(new Scenario("pt-running").member("mother", "2010-01-01"));
      for (let k = 0; k < 5; k++) s.help({ agency: "jeugd", professionalId: `p${k}`, domain: "JEUGD", start: plusDays("2021-06-01", k * 10), end: "2023-06-01" });
      await s.load(graph());
      expect((await s.detect(graph(), K))[0]?.score).toBe(5);
      expect(await s.detect(graph(), K, undefined, {}, { from: "2022-01-01", to: "2022-12-31" })).toEqual([]);
    });

    it("counts a start exactly on from and exactly on to, and not the day before from or after to", async () => {
      const s = keep(new Scenario("pt-edges").member("mother", "2010-01-01"));
      ["2022-03-01", "2022-04-01", "2022-06-01", "2022-09-01", "2022-12-31"].forEach((start, k) =>
        s.help({ agency: "jeugd", professionalId: `p${k}`, domain: "JEUGD", start, end: plusDays(start, 30) }));
      await s.load(graph());
      expect((await s.detect(graph(), K, undefined, {}, { from: "2022-03-01", to: "2022-12-31" }))[0]?.score).toBe(5);
      expect(await s.detect(graph(), K, undefined, {}, { from: "2022-03-02", to: "2022-12-31" })).toEqual([]);
      expect(await s.detect(graph(), K, undefined, {}, { from: "2022-03-01", to: "2022-12-30" })).toEqual([]);
    });

    it("still counts relationships broken inside the window of help that began before it", async () => {
      const s = keep(new Scenario("pt-broken-window").member("mother", "2010-01-01"));
      s.help({ agency: "wmo", professionalId: "a", person: "mother", domain: "WMO", start: "2021-01-01", end: "2022-03-01", endReason: "RELATIONSHIP_BROKEN" });
      s.help({ agency: "wmo", professionalId: "b", person: "mother", domain: "WMO", start: "2021-02-01", end: "2022-05-01", endReason: "RELATIONSHIP_BROKEN" });
      await s.load(graph());
      const [hit] = await s.detect(graph(), K, undefined, {}, { from: "2022-01-01", to: "2022-12-31" });
      expect(hit?.evidence.map((e) => e.role)).toEqual(["RELATIONSHIP_BROKEN", "RELATIONSHIP_BROKEN"]);
      expect(hit?.score).toBe(0); // nobody new started inside the window
    });
  });
});

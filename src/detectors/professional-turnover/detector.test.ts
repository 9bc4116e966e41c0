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
});

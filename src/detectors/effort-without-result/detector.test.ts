import { Scenario } from "../../../tests/support/scenario";
import { detectorSuite, plusDays } from "../../../tests/support/detector-suite";
import { PatternKind } from "../types";

const K = PatternKind.EFFORT_WITHOUT_RESULT;
const { graph, keep } = detectorSuite();
const AGENCIES = ["wmo", "jeugd", "woco", "krediet", "ggz", "school"];

/** `agencies` agencies helping from 2020-01-01; the last help ends `spanDays` after that. */
function effort(label: string, agencies: number, spanDays: number, result = "NOT_ACHIEVED"): Scenario {
  const s = keep(new Scenario(label).member("mother", "2010-01-01"));
  for (let k = 0; k < agencies; k++) {
    const iv = s.help({ agency: AGENCIES[k] as string, domain: "OVERIG", start: plusDays("2020-01-01", k * 30), end: k === agencies - 1 ? plusDays("2020-01-01", spanDays) : plusDays("2020-01-01", k * 30 + 60) });
    s.outcome(iv, plusDays("2020-01-01", k * 30 + 60 > spanDays ? spanDays : k * 30 + 60), k === 0 ? result : "PARTIAL");
  }
  return s;
}

describe("EFFORT_WITHOUT_RESULT", () => {
  it("flags five agencies over exactly two years with nothing achieved", async () => {
    const s = await effort("ew-5", 5, 731).load(graph()); // 2020-01-01 + 2 years = 2022-01-01, 731 days (leap year)
    const [hit] = await s.detect(graph(), K);
    expect(hit?.score).toBe(5);
    expect(hit?.evidence.filter((e) => e.role === "AGENCY")).toHaveLength(5);
  });

  it("does not flag four agencies, a span one day short of two years, or one achieved outcome", async () => {
    expect(await (await effort("ew-4", 4, 800).load(graph())).detect(graph(), K)).toEqual([]);
    expect(await (await effort("ew-short", 5, 730).load(graph())).detect(graph(), K)).toEqual([]);
    expect(await (await effort("ew-achieved", 5, 800, "ACHIEVED").load(graph())).detect(graph(), K)).toEqual([]);
  });

  it("counts an open intervention until asOf for the span", async () => {
    const s = keep(new Scenario("ew-open").member("mother", "2010-01-01"));
    AGENCIES.slice(0, 4).forEach((a, k) => s.help({ agency: a, domain: "OVERIG", start: plusDays("2020-01-01", k), end: "2020-06-01" }));
    s.help({ agency: "ggz", domain: "GGZ", start: "2020-03-01" });
    await s.load(graph());
    expect(await s.detect(graph(), K, "2021-12-31")).toEqual([]);
    expect(await s.detect(graph(), K, "2022-01-01")).toHaveLength(1);
  });

  describe("in a window (periods are cut to [from, to + 1 day))", () => {
    it("measures the span from where the window opens in the middle of running help", async () => {
      const s = await effort("ew-window", 5, 731).load(graph());
      expect(await s.detect(graph(), K, undefined, {}, { from: "2020-01-01" })).toHaveLength(1);
      expect(await s.detect(graph(), K, undefined, {}, { from: "2020-01-02" })).toEqual([]);
    });

    it("lets help run to the end of the day `to`", async () => {
      const s = await effort("ew-window-to", 5, 800).load(graph());
      expect(await s.detect(graph(), K, undefined, {}, { to: "2021-12-31" })).toHaveLength(1); // 2020-01-01 .. 2022-01-01
      expect(await s.detect(graph(), K, undefined, {}, { to: "2021-12-30" })).toEqual([]);
    });
  });
});

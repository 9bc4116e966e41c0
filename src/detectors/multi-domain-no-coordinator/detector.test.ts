import { Scenario } from "../../../tests/support/scenario";
import { detectorSuite } from "../../../tests/support/detector-suite";
import { PatternKind } from "../types";

const K = PatternKind.MULTI_DOMAIN_NO_COORDINATOR;
const { graph, keep } = detectorSuite();

function threeDomains(label: string): Scenario {
  const s = keep(new Scenario(label).member("mother", "2010-01-01").member("child", "2012-01-01"));
  s.help({ agency: "wmo", person: "mother", domain: "WMO", start: "2023-01-01", end: "2023-12-31" });
  s.help({ agency: "jeugd", person: "child", domain: "JEUGD", start: "2023-02-01", end: "2023-12-31" });
  s.help({ agency: "school", person: "child", domain: "ONDERWIJS", start: "2023-03-01", end: "2023-04-01" });
  return s;
}

describe("MULTI_DOMAIN_NO_COORDINATOR", () => {
  it("flags three domains running on one date without a coordinator, naming that date", async () => {
    const s = await threeDomains("md-3").load(graph());
    const [hit] = await s.detect(graph(), K);
    expect(hit?.score).toBe(3);
    expect(hit?.evidence.filter((e) => e.role === "DOMAIN").map((e) => [e.domain, e.date])).toEqual([
      ["JEUGD", "2023-03-01"], ["ONDERWIJS", "2023-03-01"], ["WMO", "2023-03-01"],
    ]);
  });

  it("does not flag two domains", async () => {
    const s = keep(new Scenario("md-2").member("mother", "2010-01-01"));
    s.help({ agency: "wmo", person: "mother", domain: "WMO", start: "2023-01-01" });
    s.help({ agency: "jeugd", domain: "JEUGD", start: "2023-01-01" });
    await s.load(graph());
    expect(await s.detect(graph(), K)).toEqual([]);
  });

  it("does not flag it while a coordinator is assigned, but does once the assignment ends with the help still running", async () => {
    const covered = await threeDomains("md-covered").coordinator("2023-02-15", "2024-01-01").load(graph());
    const lapsed = await threeDomains("md-lapsed").coordinator("2023-02-15", "2023-03-15").load(graph());
    expect(await covered.detect(graph(), K)).toEqual([]);
    const [hit] = await lapsed.detect(graph(), K);
    expect(hit?.evidence.find((e) => e.role === "DOMAIN")?.date).toBe("2023-03-15");
  });

  describe("in a window", () => {
    it("finds three domains on the day the window opens in the middle of them", async () => {
      const s = await threeDomains("md-window").load(graph());
      const [hit] = await s.detect(graph(), K, undefined, {}, { from: "2023-03-15" });
      expect(hit?.evidence.find((e) => e.role === "DOMAIN")?.date).toBe("2023-03-15");
      expect(await s.detect(graph(), K, undefined, {}, { from: "2023-04-01" })).toEqual([]);
    });

    it("sees help that starts exactly on to, and not help that starts the day after", async () => {
      const s = await threeDomains("md-window-to").load(graph());
      expect(await s.detect(graph(), K, undefined, {}, { to: "2023-03-01" })).toHaveLength(1);
      expect(await s.detect(graph(), K, undefined, {}, { to: "2023-02-28" })).toEqual([]);
    });
  });
});

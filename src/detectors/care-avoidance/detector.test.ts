import { Scenario } from "../../../tests/support/scenario";
import { detectorSuite, plusDays } from "../../../tests/support/detector-suite";
import { PatternKind } from "../types";

const K = PatternKind.CARE_AVOIDANCE;
const { graph, keep } = detectorSuite();

describe("CARE_AVOIDANCE", () => {
  it("flags three markers from two agencies within 365 days, with each marker as evidence", async () => {
    const s = keep(new Scenario("ca-3").member("mother", "2010-01-01"));
    s.event({ type: "CONTACT_REFUSED", date: "2023-01-01", agency: "wmo", person: "mother" });
    s.event({ type: "NO_SHOW", date: "2023-06-01", agency: "jeugd", person: "mother" });
    s.help({ agency: "jeugd", domain: "JEUGD", start: "2023-02-01", end: plusDays("2023-01-01", 364), endReason: "CLIENT_WITHDREW" });
    await s.load(graph());
    const [hit] = await s.detect(graph(), K);
    expect(hit?.score).toBe(3);
    expect(hit?.evidence.map((e) => e.role)).toEqual(["CONTACT_REFUSED", "NO_SHOW", "CLIENT_WITHDREW"]);
  });

  it("does not flag the same markers when the third falls on day 366 of the window", async () => {
    const s = keep(new Scenario("ca-out").member("mother", "2010-01-01"));
    s.event({ type: "CONTACT_REFUSED", date: "2023-01-01", agency: "wmo", person: "mother" });
    s.event({ type: "NO_SHOW", date: "2023-06-01", agency: "jeugd", person: "mother" });
    s.help({ agency: "jeugd", domain: "JEUGD", start: "2023-02-01", end: plusDays("2023-01-01", 365), endReason: "NO_CONTACT" });
    await s.load(graph());
    expect(await s.detect(graph(), K)).toEqual([]);
  });

  it("does not flag markers that all come from one agency", async () => {
    const s = keep(new Scenario("ca-one").member("mother", "2010-01-01"));
    for (const date of ["2023-01-01", "2023-02-01", "2023-03-01"]) s.event({ type: "NO_SHOW", date, agency: "wmo", person: "mother" });
    await s.load(graph());
    expect(await s.detect(graph(), K)).toEqual([]);
    expect(await s.detect(graph(), K, undefined, { minAgencies: 1 })).toHaveLength(1);
  });

  it("does not count markers of a person who had left the household, nor markers after asOf", async () => {
    const s = keep(new Scenario("ca-left").member("mother", "2010-01-01").member("father", "2010-01-01", "2023-01-01"));
    s.event({ type: "CONTACT_REFUSED", date: "2023-01-10", agency: "wmo", person: "mother" });
    s.event({ type: "NO_SHOW", date: "2023-01-20", agency: "jeugd", person: "father" });
    s.event({ type: "NO_SHOW", date: "2023-02-20", agency: "jeugd", person: "mother" });
    s.event({ type: "NO_SHOW", date: "2023-03-20", agency: "jeugd", person: "mother" });
    await s.load(graph());
    expect((await s.detect(graph(), K))[0]?.score).toBe(3);
    expect(await s.detect(graph(), K, "2023-03-19")).toEqual([]);
  });

  describe("in a window", () => {
    /** Markers on 2023-01-01 (wmo), 2023-06-01 (jeugd) and a withdrawal ending 2023-09-01 (jeugd). */
    async function markers(label: string): Promise<Scenario> {
      const s = keep(new Scenario(label).member("mother", "2010-01-01"));
      s.event({ type: "CONTACT_REFUSED", date: "2023-01-01", agency: "wmo", person: "mother" });
      s.event({ type: "NO_SHOW", date: "2023-06-01", agency: "jeugd", person: "mother" });
      s.help({ agency: "jeugd", domain: "JEUGD", start: "2023-02-01", end: "2023-09-01", endReason: "CLIENT_WITHDREW" });
      return s.load(graph());
    }

    it("counts markers exactly on from and on to, and none outside", async () => {
      const s = await markers("ca-window");
      expect((await s.detect(graph(), K, undefined, {}, { from: "2023-01-01", to: "2023-09-01" }))[0]?.score).toBe(3);
      expect(await s.detect(graph(), K, undefined, {}, { from: "2023-01-02" })).toEqual([]);
    });

    it("does not count a withdrawal whose end lies after the window as ended inside it", async () => {
      const s = await markers("ca-window-end");
      expect(await s.detect(graph(), K, undefined, {}, { to: "2023-08-31" })).toEqual([]);
    });
  });
});

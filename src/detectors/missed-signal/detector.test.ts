import { Scenario } from "../../../tests/support/scenario";
import { detectorSuite, plusDays } from "../../../tests/support/detector-suite";
import { PatternKind } from "../types";

const K = PatternKind.MISSED_SIGNAL;
const { graph, keep } = detectorSuite();

/** A housing signal on 2023-01-10 while Wmo help runs; `then` adds what may follow it up. */
function signal(label: string, then: (s: Scenario) => void = () => undefined): Scenario {
  const s = keep(new Scenario(label).member("mother", "2010-01-01"));
  s.help({ agency: "wmo", person: "mother", domain: "WMO", start: "2022-01-01" });
  s.event({ type: "SIGNAL", date: "2023-01-10", agency: "woco", person: "mother", domain: "WONEN", severity: 2 });
  then(s);
  return s;
}

describe("MISSED_SIGNAL", () => {
  it("flags a signal nobody followed up, naming the lens that missed it", async () => {
    const s = await signal("ms-missed").load(graph());
    const [hit] = await s.detect(graph(), K);
    expect(hit?.score).toBe(1);
    expect(hit?.evidence.map((e) => [e.role, e.domain])).toEqual([["MISSED_SIGNAL", "WONEN"], ["HELPED_IN_DOMAIN", "WMO"]]);
    expect(hit?.explanation.EN).toMatch(/while the household was getting help in WMO\.$/);
  });

  it("sees help in the signal's domain starting on day 60 as follow-up, and on day 61 as too late", async () => {
    const onTime = await signal("ms-60", (s) => s.help({ agency: "woco", domain: "WONEN", start: plusDays("2023-01-10", 60) })).load(graph());
    const late = await signal("ms-61", (s) => s.help({ agency: "woco", domain: "WONEN", start: plusDays("2023-01-10", 61) })).load(graph());
    expect(await onTime.detect(graph(), K)).toEqual([]);
    expect(await late.detect(graph(), K)).toHaveLength(1);
  });

  it("sees a referral to an agency working in the domain, or a case conference, as follow-up", async () => {
    const referred = await signal("ms-ref", (s) => s.event({ type: "REFERRAL", date: "2023-02-01", agency: "wmo", person: "mother", target: "woco" })).load(graph());
    const conferred = await signal("ms-conf", (s) => s.event({ type: "CASE_CONFERENCE", date: "2023-03-01", agency: "wmo", participants: ["wmo"] })).load(graph());
    const elsewhere = await signal("ms-ref-other", (s) => s.event({ type: "REFERRAL", date: "2023-02-01", agency: "wmo", person: "mother", target: "ggz" })).load(graph());
    expect(await referred.detect(graph(), K)).toEqual([]);
    expect(await conferred.detect(graph(), K)).toEqual([]);
    expect(await elsewhere.detect(graph(), K)).toHaveLength(1);
  });

  it("does not judge a signal less than 60 days before asOf", async () => {
    const s = await signal("ms-young").load(graph());
    expect(await s.detect(graph(), K, plusDays("2023-01-10", 59))).toEqual([]);
    expect(await s.detect(graph(), K, plusDays("2023-01-10", 60))).toHaveLength(1);
  });

  describe("in a window (patterns.md: judged only when its whole follow-up period is seen)", () => {
    it("does not judge a signal two weeks before to whose follow-up came after to", async () => {
      const s = await signal("ms-to", (x) => x.help({ agency: "woco", domain: "WONEN", start: "2023-02-14" })).load(graph());
      expect(await s.detect(graph(), K, undefined, {}, { to: "2023-01-24" })).toEqual([]);
      expect(await s.detect(graph(), K, undefined, {}, { to: "2023-06-30" })).toEqual([]); // the follow-up is seen
    });

    it("judges a signal exactly 60 days before to, and not one 59 days before it", async () => {
      const s = await signal("ms-to-edge").load(graph());
      expect(await s.detect(graph(), K, undefined, {}, { to: plusDays("2023-01-10", 60) })).toHaveLength(1);
      expect(await s.detect(graph(), K, undefined, {}, { to: plusDays("2023-01-10", 59) })).toEqual([]);
    });

    it("sees a signal exactly on from, and none the day before it", async () => {
      const s = await signal("ms-from").load(graph());
      expect(await s.detect(graph(), K, undefined, {}, { from: "2023-01-10" })).toHaveLength(1);
      expect(await s.detect(graph(), K, undefined, {}, { from: "2023-01-11" })).toEqual([]);
    });

    it("sees help in the signal's domain that was already running when the window opened as follow-up", async () => {
      const s = keep(new Scenario("ms-running").member("mother", "2010-01-01"));
      s.help({ agency: "woco", person: "mother", domain: "WONEN", start: "2022-01-01" });
      s.event({ type: "SIGNAL", date: "2023-01-10", agency: "woco", person: "mother", domain: "WONEN", severity: 2 });
      await s.load(graph());
      expect(await s.detect(graph(), K, undefined, {}, { from: "2023-01-01", to: "2023-12-31" })).toEqual([]);
    });
  });
});

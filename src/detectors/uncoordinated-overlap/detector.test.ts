import { Scenario } from "../../../tests/support/scenario";
import { detectorSuite } from "../../../tests/support/detector-suite";
import { PatternKind } from "../types";

const K = PatternKind.UNCOORDINATED_OVERLAP;
const suite = detectorSuite();
const made = { push: (s: Scenario) => suite.keep(s) };

/** Wmo from 2023-01-01 and youth care from 2023-03-01 for the same mother, the youth care lasting `days`. */
function twoAgencies(label: string, days: number): Scenario {
  const s = new Scenario(label).member("mother", "2010-01-01");
  const end = new Date(Date.parse("2023-03-01T00:00:00Z") + days * 86_400_000).toISOString().slice(0, 10);
  s.help({ agency: "wmo", person: "mother", domain: "WMO", start: "2023-01-01", end: "2023-12-31" });
  s.help({ agency: "jeugd", domain: "JEUGD", start: "2023-03-01", end });
  made.push(s);
  return s;
}

describe("UNCOORDINATED_OVERLAP", () => {
  it("flags two agencies whose help overlapped exactly 30 days without meeting, with the dates in the evidence", async () => {
    const s = await twoAgencies("ov-30", 30).load(suite.graph());
    const [hit] = await s.detect(suite.graph(), K);
    expect(hit?.score).toBe(1);
    expect(hit?.evidence.filter((e) => e.role === "OVERLAPPING_INTERVENTION").map((e) => [e.from, e.to, e.days])).toEqual([
      ["2023-03-01", "2023-03-31", 30], ["2023-03-01", "2023-03-31", 30],
    ]);
    expect(hit?.explanation.EN).toBe("Agency jeugd and Agency wmo both worked with this household for 30 days (2023-03-01 to 2023-03-30) without a case conference, referral or coordinator.");
    expect(hit?.explanation.NL).toMatch(/^Agency jeugd en Agency wmo werkten allebei 30 dagen met dit huishouden/);
  });

  it("does not flag an overlap one day short of 30", async () => {
    const s = await twoAgencies("ov-29", 29).load(suite.graph());
    expect(await s.detect(suite.graph(), K)).toEqual([]);
  });

  it("counts an open intervention as running until asOf, so an earlier asOf sees less overlap", async () => {
    const s = new Scenario("ov-open").member("mother", "2010-01-01");
    s.help({ agency: "wmo", person: "mother", domain: "WMO", start: "2023-01-01" });
    s.help({ agency: "jeugd", domain: "JEUGD", start: "2023-03-01" });
    made.push(await s.load(suite.graph()));
    expect(await s.detect(suite.graph(), K, "2023-03-30")).toEqual([]);
    expect((await s.detect(suite.graph(), K, "2023-03-31"))[0]?.evidence[2]?.days).toBe(30);
  });

  it("is not fooled by a member's help after the membership ended the day before", async () => {
    const s = new Scenario("ov-left").member("father", "2010-01-01", "2023-02-28");
    s.help({ agency: "wmo", person: "father", domain: "WMO", start: "2023-02-28", end: "2023-12-31" });
    s.help({ agency: "jeugd", domain: "JEUGD", start: "2023-01-01", end: "2023-12-31" });
    made.push(await s.load(suite.graph()));
    expect(await s.detect(suite.graph(), K)).toEqual([]);
  });

  it("sees a conference both agencies attended within the lookback as coordination", async () => {
    const s = twoAgencies("ov-conf", 60);
    s.event({ type: "CASE_CONFERENCE", date: "2022-12-01", agency: "wmo", participants: ["wmo", "jeugd"] });
    await s.load(suite.graph());
    expect(await s.detect(suite.graph(), K)).toEqual([]);
    expect(await s.detect(suite.graph(), K, undefined, { conferenceLookbackDays: 89 })).toHaveLength(1);
  });

  it("still flags the pair when the conference was attended by only one of the two", async () => {
    const s = twoAgencies("ov-one", 60);
    s.event({ type: "CASE_CONFERENCE", date: "2023-03-10", agency: "wmo", participants: ["wmo", "woco"] });
    await s.load(suite.graph());
    expect(await s.detect(suite.graph(), K)).toHaveLength(1);
  });

  it("sees a referral between the two as coordination, but not one between other agencies", async () => {
    const between = twoAgencies("ov-ref", 60);
    between.event({ type: "REFERRAL", date: "2023-03-05", agency: "jeugd", person: "mother", target: "wmo" });
    const others = twoAgencies("ov-ref-other", 60);
    others.event({ type: "REFERRAL", date: "2023-03-05", agency: "jeugd", person: "mother", target: "woco" });
    await between.load(suite.graph());
    await others.load(suite.graph());
    expect(await between.detect(suite.graph(), K)).toEqual([]);
    expect(await others.detect(suite.graph(), K)).toHaveLength(1);
  });

  it("sees a coordinator for half the overlap as coordination, and less than half as none", async () => {
    const half = twoAgencies("ov-half", 60).coordinator("2023-03-31", "2023-05-01");
    const less = twoAgencies("ov-less", 60).coordinator("2023-04-01", "2023-05-01");
    await half.load(suite.graph());
    await less.load(suite.graph());
    expect(await half.detect(suite.graph(), K)).toEqual([]);
    expect(await less.detect(suite.graph(), K)).toHaveLength(1);
  });

  it("rejects a negative overlap threshold with a clear error, not an empty list", async () => {
    const s = twoAgencies("ov-neg", 60);
    await expect(s.detect(suite.graph(), K, undefined, { minOverlapDays: -5 })).rejects.toThrow(
      "params.minOverlapDays: must be a whole number from 1 to 36500 for UNCOORDINATED_OVERLAP, got -5",
    );
  });

  describe("in a window (periods are cut to [from, to + 1 day))", () => {
    it("counts only the part of an overlap inside a window that opens in the middle of it", async () => {
      const s = await twoAgencies("ov-window", 60).load(suite.graph()); // overlap 2023-03-01 .. 2023-04-29
      expect((await s.detect(suite.graph(), K, undefined, {}, { from: "2023-03-31" }))[0]?.score).toBe(1); // 30 days left
      expect(await s.detect(suite.graph(), K, undefined, {}, { from: "2023-04-01" })).toEqual([]); // 29 days left
    });

    it("counts the day `to` itself: an overlap cut at to = 2023-03-30 still lasts 30 days", async () => {
      const s = await twoAgencies("ov-window-to", 60).load(suite.graph());
      expect((await s.detect(suite.graph(), K, undefined, {}, { to: "2023-03-30" }))[0]?.score).toBe(1);
      expect(await s.detect(suite.graph(), K, undefined, {}, { to: "2023-03-29" })).toEqual([]);
    });

    it("does not see a case conference held before the window opens", async () => {
      const s = twoAgencies("ov-window-conf", 60);
      s.event({ type: "CASE_CONFERENCE", date: "2023-02-15", agency: "wmo", participants: ["wmo", "jeugd"] });
      await s.load(suite.graph());
      expect(await s.detect(suite.graph(), K)).toEqual([]);
      expect(await s.detect(suite.graph(), K, undefined, {}, { from: "2023-03-01" })).toHaveLength(1);
    });
  });
});

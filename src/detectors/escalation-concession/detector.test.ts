import { Scenario } from "../../../tests/support/scenario";
import { detectorSuite } from "../../../tests/support/detector-suite";
import { PatternKind } from "../types";

const K = PatternKind.ESCALATION_CONCESSION;
const suite = detectorSuite();
const made = { push: (s: Scenario) => suite.keep(s) };

/** The same person escalates at each agency on 2023-01-10 and gets a concession `after` days later. */
function escalates(label: string, agencies: string[], after: number, concedingAgency?: (a: string) => string): Scenario {
  const s = new Scenario(label).member("son", "2000-01-01");
  for (const agency of agencies) {
    s.event({ type: "ESCALATION", date: "2023-01-10", agency, person: "son", severity: 2 });
    const date = new Date(Date.parse("2023-01-10T00:00:00Z") + after * 86_400_000).toISOString().slice(0, 10);
    s.event({ type: "CONCESSION", date, agency: concedingAgency ? concedingAgency(agency) : agency, person: "son" });
  }
  made.push(s);
  return s;
}

describe("ESCALATION_CONCESSION", () => {
  it("flags a person with escalation-concession pairs at exactly three agencies, with each pair as evidence", async () => {
    const s = await escalates("esc-3", ["wmo", "jeugd", "woco"], 30).load(suite.graph());
    const [hit] = await s.detect(suite.graph(), K);
    expect(hit).toMatchObject({ subjectType: "Person", subjectId: s.id("son"), score: 3 });
    expect(hit?.evidence.filter((e) => e.role === "ESCALATION")).toHaveLength(3);
    expect(hit?.evidence.filter((e) => e.role === "HOUSEHOLD").map((e) => e.householdId)).toEqual([s.household]);
  });

  it("does not flag pairs at two agencies", async () => {
    const s = await escalates("esc-2", ["wmo", "jeugd"], 5).load(suite.graph());
    expect(await s.detect(suite.graph(), K)).toEqual([]);
  });

  it("does not pair a concession 31 days after the escalation, unless it points to it", async () => {
    const late = await escalates("esc-31", ["wmo", "jeugd", "woco"], 31).load(suite.graph());
    expect(await late.detect(suite.graph(), K)).toEqual([]);
    const pointed = new Scenario("esc-related").member("son", "2000-01-01");
    for (const agency of ["wmo", "jeugd", "woco"]) {
      const e = pointed.event({ type: "ESCALATION", date: "2023-01-10", agency, person: "son", severity: 3 });
      pointed.event({ type: "CONCESSION", date: "2023-09-01", agency, person: "son", relatedEventId: e });
    }
    made.push(await pointed.load(suite.graph()));
    expect((await pointed.detect(suite.graph(), K))[0]?.score).toBe(3);
  });

  it("does not pair a concession at a different agency from the escalation", async () => {
    const s = await escalates("esc-other", ["wmo", "jeugd", "woco"], 3, (a) => (a === "woco" ? "ggz" : a)).load(suite.graph());
    expect(await s.detect(suite.graph(), K)).toEqual([]);
  });

  describe("in a window", () => {
    it("pairs an escalation on from with a concession on to, and nothing once either falls outside", async () => {
      const s = await escalates("esc-window", ["wmo", "jeugd", "woco"], 5).load(suite.graph());
      expect((await s.detect(suite.graph(), K, undefined, {}, { from: "2023-01-10", to: "2023-01-15" }))[0]?.score).toBe(3);
      expect(await s.detect(suite.graph(), K, undefined, {}, { from: "2023-01-11", to: "2023-01-15" })).toEqual([]);
      expect(await s.detect(suite.graph(), K, undefined, {}, { from: "2023-01-10", to: "2023-01-14" })).toEqual([]);
    });
  });
});

import type { Graph } from "../src/graph/gateway";
import type { Dataset } from "../src/import/dataset";
import { importDataset } from "../src/import/import.service";
import { smallDelivery } from "./support/fixtures";
import { TODAY, testGraph, uniquePrefix } from "./support/graph";
import { removeByPrefix, snapshot } from "./support/snapshot";

let graph: Graph;
beforeAll(() => (graph = testGraph()));
afterAll(() => graph.close());

type Edit = (d: ReturnType<typeof smallDelivery>, p: string) => void;

/** Breaks one thing in an otherwise valid delivery and expects exactly that problem, and nothing written. */
async function expectRejected(edit: Edit, path: string, message: RegExp) {
  const p = uniquePrefix("reject");
  const delivery = smallDelivery(p);
  edit(delivery, p);
  const result = await importDataset(graph, delivery, TODAY);
  expect(result.ok).toBe(false);
  expect(result.errors).toContainEqual({ path, message: expect.stringMatching(message) });
  expect(await snapshot(graph, p)).toEqual([]);
  return result;
}

describe("a delivery with a problem writes nothing and says what and where", () => {
  it("rejects a date that is not a calendar date", () =>
    expectRejected((d) => (d.interventions[0]!.start = "2023-13-01"), "interventions[0].start", /not a date: "2023-13-01"/));

  it("rejects a value outside an enumeration, naming the allowed values", () =>
    expectRejected((d) => (d.agencies[0]!.kind = "GEMEENTE"), "agencies[0].kind", /must be one of MUNICIPALITY.*got "GEMEENTE"/));

  it("rejects a record without a required field", () =>
    expectRejected((d) => delete (d.interventions[1] as Partial<typeof d.interventions[1]>).domain, "interventions[1].domain", /is required/));

  it("rejects a field the format does not have (a misspelling would otherwise be lost)", () =>
    expectRejected((d) => Object.assign(d.interventions[0]!, { einde: "2023-05-01" }), "interventions[0].einde", /not a field/));

  it.each([
    ["nationality", "nationality"], ["Nationaliteit", "nationality"], ["ethnicity", "ethnicity"], ["migratieachtergrond", "ethnicity"],
    ["religion", "religion"], ["geloof", "religion"], ["countryOfBirth", "country of birth"], ["geboorteland", "country of birth"],
  ])("refuses a protected attribute by name (%s), saying why", (field, attribute) =>
    expectRejected((d) => Object.assign(d.persons![0]!, { [field]: "NL" }), `persons[0].${field}`,
      new RegExp(`is a protected attribute \\(${attribute}\\): behangrol holds no ethnicity, nationality, religion or country of birth`)));

  it("rejects an intervention on both a person and a household", () =>
    expectRejected((d, p) => (d.interventions[0]!.householdId = `${p}h-1`), "interventions[0]", /exactly one of personId or householdId/));

  it("rejects an event on neither a person nor a household", () =>
    expectRejected((d) => delete d.events[2]!.personId, "events[2]", /exactly one of personId or householdId/));

  it("rejects a reference to an agency that is neither delivered nor stored", () =>
    expectRejected((d, p) => (d.interventions[1]!.agencyId = `${p}a-nowhere`), "interventions[1].agencyId", /unknown agency ".*a-nowhere"/));

  it("rejects a conference participant that does not exist", () =>
    expectRejected((d, p) => (d.events[1]!.participantAgencyIds = [`${p}a-wmo`, `${p}a-ghost`]), "events[1].participantAgencyIds[1]", /unknown agency/));

  it("rejects an end before the start", () =>
    expectRejected((d) => (d.interventions[0]!.end = "2022-12-31"), "interventions[0].end", /2022-12-31 is before start 2023-01-09/));

  it("rejects a membership that ends before it begins", () =>
    expectRejected((d) => (d.memberships[1]!.to = "2010-01-01"), "memberships[1].to", /before from/));

  it("rejects a ZRM score outside 1 to 5", () =>
    expectRejected((d) => (d.outcomes[0]!.zrm = { FINANCIEN: 6 }), "outcomes[0].zrm.FINANCIEN", /ZRM score is 1 to 5/));

  it("rejects an unknown ZRM domain", () =>
    expectRejected((d) => (d.outcomes[0]!.zrm = { GELUK: 3 }), "outcomes[0].zrm.GELUK", /not a field/));

  it("rejects an event dated after the day of import", () =>
    expectRejected((d) => (d.events[0]!.date = "2026-11-23"), "events[0].date", /after the day of import \(2026-11-22\)/));

  it("rejects a signal without a domain", () =>
    expectRejected((d) => delete d.events[0]!.domain, "events[0].domain", /required for a SIGNAL/));

  it("rejects a referral without the agency referred to", () =>
    expectRejected((d) => (d.events[0]!.type = "REFERRAL"), "events[0].targetAgencyId", /required for a REFERRAL/));

  it("rejects an escalation severity outside 1 to 3", () =>
    expectRejected((d) => (d.events[2]!.severity = 4), "events[2].severity", /severity is 1 to 3/));

  it("rejects a concession that points to something other than an escalation", () =>
    expectRejected((d, p) => (d.events[3]!.relatedEventId = `${p}e-1`), "events[3].relatedEventId", /points to a SIGNAL/));

  it("rejects two records with the same id", () =>
    expectRejected((d) => d.persons!.push({ id: d.persons![0]!.id }), "persons[2].id", /also used by persons\[0\]/));

  it("rejects an end reason on an intervention that has not ended", () =>
    expectRejected((d) => (d.interventions[1]!.endReason = "COMPLETED"), "interventions[1].endReason", /no end date/));

  it("rejects an outcome dated before its intervention started", () =>
    expectRejected((d) => (d.outcomes[0]!.date = "2022-01-01"), "outcomes[0].date", /before its intervention started/));

  it("lists every problem at once, schema and rules alike", async () => {
    const result = await expectRejected((d, p) => {
      d.interventions[0]!.start = "2023-02-30";
      d.interventions[1]!.agencyId = `${p}a-nowhere`;
      d.events[0]!.date = "2030-01-01";
    }, "interventions[0].start", /not a date/);
    expect(result.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(["interventions[0].start", "interventions[1].agencyId", "events[0].date"]),
    );
  });

  it("answers a delivery that is not an object, or has no source, without writing", async () => {
    expect((await importDataset(graph, [], TODAY)).errors).toEqual([{ path: "(delivery)", message: "must be an object" }]);
    expect((await importDataset(graph, { agencies: "none" }, TODAY)).errors).toEqual(
      expect.arrayContaining([{ path: "source", message: "is required" }, { path: "agencies", message: "must be a list" }]),
    );
  });

  it("does not put names or descriptions in its messages", async () => {
    const p = uniquePrefix("privacy");
    const d = smallDelivery(p) as Dataset & { persons: { id: string; name?: string; birthYear?: number }[] };
    d.persons[0]!.name = 42 as unknown as string;
    d.events![0]!.description = "huurachterstand bij mevrouw Jansen" as string;
    d.events![0]!.date = "2099-01-01";
    const result = await importDataset(graph, d, TODAY);
    expect(JSON.stringify(result.errors)).not.toMatch(/Jansen/);
  });
});

describe("references resolve against what is stored", () => {
  it("accepts a delivery of only events about persons and agencies delivered before", async () => {
    const p = uniquePrefix("later");
    const first = smallDelivery(p);
    expect((await importDataset(graph, first, TODAY)).ok).toBe(true);
    const later = await importDataset(graph, {
      source: `${p}later`,
      events: [{ id: `${p}e-9`, type: "NO_SHOW", date: "2024-01-10", agencyId: `${p}a-wmo`, personId: `${p}p-1` }],
    }, TODAY);
    expect(later).toMatchObject({ ok: true, errors: [] });
    await removeByPrefix(graph, p);
  });
});

import { buildTimeline, type TimelineFacts } from "./build-timeline";

const facts = (over: Partial<TimelineFacts>): TimelineFacts => ({
  memberships: [], interventions: [], events: [], outcomes: [], coordinators: [], consents: [],
  agencyName: (id) => `Agency ${id}`, agencyOfProfessional: () => "a1", ...over,
});
const iv = (id: string, start: string, end: string | null) => ({
  id, domain: "WMO", kind: null, start, end, endReason: end ? "COMPLETED" : null, endReasonCode: null,
  agencyId: "a1", professionalId: null, personId: "p1", householdId: null,
});

describe("laying out the wallpaper roll", () => {
  it("puts entries oldest first; on one day a start before events, and an outcome before the end it closes", () => {
    const entries = buildTimeline(facts({
      interventions: [iv("i2", "2023-05-01", "2023-06-01"), iv("i1", "2023-01-01", "2023-05-01")],
      outcomes: [{ id: "o1", interventionId: "i1", date: "2023-05-01", result: "ACHIEVED" }],
      events: [{ id: "e1", type: "CONTACT", date: "2023-05-01", domain: null, description: null, severity: null, agencyId: "a1",
        personId: "p1", householdId: null, targetAgencyId: null, relatedEventId: null, participantAgencyIds: [] }],
    }));
    expect(entries.map((e) => `${e.date} ${e.kind} ${e.interventionId ?? e.eventId}`)).toEqual([
      "2023-01-01 INTERVENTION_STARTED i1",
      "2023-05-01 INTERVENTION_STARTED i2",
      "2023-05-01 EVENT e1",
      "2023-05-01 OUTCOME i1",
      "2023-05-01 INTERVENTION_ENDED i1",
      "2023-06-01 INTERVENTION_ENDED i2",
    ]);
  });

  it("shows an open intervention by its start only", () => {
    expect(buildTimeline(facts({ interventions: [iv("i1", "2023-01-01", null)] })).map((e) => e.kind)).toEqual(["INTERVENTION_STARTED"]);
  });

  it("marks when a member joined and left, without naming anyone", () => {
    const entries = buildTimeline(facts({ memberships: [{ role: "PARTNER", from: "2014-06-01", to: "2022-03-01", personId: "p9", householdId: "h" }] }));
    expect(entries.map((e) => [e.date, e.kind, e.summary])).toEqual([
      ["2014-06-01", "MEMBER_JOINED", "A partner joined the household"],
      ["2022-03-01", "MEMBER_LEFT", "A partner left the household"],
    ]);
  });
});

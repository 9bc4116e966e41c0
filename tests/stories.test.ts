import { HouseholdDetailDocument, HouseholdOutcomesDocument, HouseholdTimelineDocument, PersonDetailDocument } from "./generated/graphql";
import { storiesApi } from "./support/stories-api";

const { api } = storiesApi();

const detail = async (id: string, on?: string) => (await api.run(HouseholdDetailDocument, { id, ...(on ? { on } : {}) })).data?.household;

describe("the five stories of domain.md load and read back", () => {
  it("story 1, the closed door: a mother and three children, refused visits, and the signals of three agencies", async () => {
    const h = await detail("h-s1");
    expect(h?.members.map((m) => m.id).sort()).toEqual(["s1-p-child1", "s1-p-child2", "s1-p-child3", "s1-p-mother"]);
    expect(h?.events.filter((e) => e.type === "CONTACT_REFUSED")).toHaveLength(3);
    expect(h?.events.filter((e) => e.type === "SIGNAL").map((e) => e.agency.id).sort()).toEqual(["a-energie", "a-school", "a-woco"]);
    const conference = h?.events.find((e) => e.type === "CASE_CONFERENCE");
    expect(conference?.participants.map((a) => a.id)).toEqual(expect.arrayContaining(["a-woco", "a-energie", "a-politie"]));
    expect(h?.coordinators).toEqual([{ from: "2023-01-10", to: "2025-07-01", professional: { id: "pr-regie-1" } }]);
  });

  it("story 2, the wallpaper roll: the son's escalations at seven agencies, each with its concession", async () => {
    const h = await detail("h-s2");
    const escalations = h?.events.filter((e) => e.type === "ESCALATION" && e.id.startsWith("s2-e-esc-") && e.id !== "s2-e-esc-mother");
    expect(new Set(escalations?.map((e) => e.agency.id)).size).toBe(7);
    const concessions = h?.events.filter((e) => e.type === "CONCESSION");
    expect(concessions?.every((c) => c.relatedEvent?.type === "ESCALATION")).toBe(true);
  });

  it("story 3, missed signals: the divorced partner stops belonging to the household, and his later help is not its help", async () => {
    const before = await detail("h-s3", "2022-02-28");
    const after = await detail("h-s3", "2022-03-01");
    expect(before?.members.map((m) => m.id)).toContain("s3-p-expartner");
    expect(after?.members.map((m) => m.id)).not.toContain("s3-p-expartner");
    const ids = after?.interventions.map((i) => i.id);
    expect(ids).toContain("s3-i-ex-wijkteam"); // ran while he was a member
    expect(ids).not.toContain("s3-i-ex-verslaving"); // began after he left
    expect(after?.events.map((e) => e.id)).not.toContain("s3-e-ex-melding");
    const person = (await api.run(PersonDetailDocument, { id: "s3-p-expartner" })).data?.person;
    expect(person?.interventions.map((i) => i.id)).toContain("s3-i-ex-verslaving");
  });

  it("story 4, thirty caregivers: thirty short assignments, none of them achieved", async () => {
    const h = await detail("h-s4");
    expect(h?.interventions).toHaveLength(30);
    expect(new Set(h?.interventions.map((i) => i.professional?.id)).size).toBe(30);
    const results = h?.interventions.flatMap((i) => i.outcomes.map((o) => o.result));
    expect(results).not.toContain("ACHIEVED");
    expect(h?.interventions[0]?.outcomes[0]?.zrm).toEqual([
      { domain: "FINANCIEN", score: 2 }, { domain: "HUISELIJKE_RELATIES", score: 2 }, { domain: "GEESTELIJKE_GEZONDHEID", score: 2 },
    ]);
  });

  it("shows a household's outcomes oldest first, each with its intervention", async () => {
    const outcomes = (await api.run(HouseholdOutcomesDocument, { id: "h-s1" })).data?.household?.outcomes;
    expect(outcomes?.map((o) => [o.date, o.result, o.intervention.id])).toEqual([
      ["2022-11-15", "NOT_ACHIEVED", "s1-i-begeleiding"], ["2024-09-30", "ACHIEVED", "s1-i-woning"], ["2025-06-30", "ACHIEVED", "s1-i-schuld"],
    ]);
  });

  it("story 5, all four laws: Wmo, youth, participation and education at once, and relationships broken", async () => {
    const h = await detail("h-s5", "2023-06-15");
    const running = h?.interventions.filter((i) => i.start <= "2023-06-15" && (!i.end || i.end > "2023-06-15"));
    expect(new Set(running?.map((i) => i.domain))).toEqual(new Set(["WMO", "JEUGD", "PARTICIPATIE", "ONDERWIJS"]));
    expect(h?.interventions.filter((i) => i.endReason === "RELATIONSHIP_BROKEN")).toHaveLength(4);
    const later = await detail("h-s5", "2024-09-01");
    expect(later?.members.map((m) => m.id)).not.toContain("s5-p-eldest");
  });
});

describe("the timeline", () => {
  it("lays out a household's history oldest first, each entry with its agency", async () => {
    const entries = (await api.run(HouseholdTimelineDocument, { id: "h-s1" })).data?.household?.timeline ?? [];
    expect(entries.length).toBeGreaterThan(20);
    const dates = entries.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    const refused = entries.filter((e) => e.event?.type === "CONTACT_REFUSED");
    expect(refused.map((e) => e.agency?.name)).toEqual(["Wijkteam Oost", "Wijkteam Oost", "Wijkteam Oost"]);
    expect(entries.find((e) => e.kind === "INTERVENTION_ENDED" && e.intervention?.id === "s1-i-begeleiding")?.summary)
      .toBe("Wijkteam Oost ended WMO help: no contact");
  });

  it("keeps only entries dated within from and to, both included", async () => {
    const entries = (await api.run(HouseholdTimelineDocument, { id: "h-s1", from: "2022-09-05", to: "2022-10-03" })).data?.household?.timeline ?? [];
    expect(entries.map((e) => [e.date, e.kind])).toEqual([
      ["2022-09-05", "EVENT"], ["2022-09-19", "EVENT"], ["2022-09-20", "EVENT"], ["2022-10-03", "EVENT"],
    ]);
  });

  it("shows an outcome with its result on the day it was recorded", async () => {
    const entries = (await api.run(HouseholdTimelineDocument, { id: "h-s1", from: "2025-06-30", to: "2025-06-30" })).data?.household?.timeline ?? [];
    expect(entries.map((e) => e.kind)).toEqual(["OUTCOME", "INTERVENTION_ENDED"]);
    expect(entries[0]?.outcome).toEqual({ id: "s1-o-schuld", result: "ACHIEVED" });
  });
});

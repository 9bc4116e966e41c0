import type { Graph } from "../src/graph/gateway";
import { loadStories } from "../seeds/load-stories";
import { HouseholdPatternsDocument, PatternHitsDocument, PatternSummaryDocument, type PatternKind } from "./generated/graphql";
import { startApi, type TestApi } from "./support/api";
import { TODAY, testGraph } from "./support/graph";

let graph: Graph;
let api: TestApi;
beforeAll(async () => {
  graph = testGraph();
  await loadStories(graph, TODAY);
  api = await startApi(graph);
});
afterAll(async () => {
  await api.close();
  await graph.close();
});

const kindsFor = async (household: string, asOf = TODAY) =>
  new Set((await api.run(HouseholdPatternsDocument, { id: household, asOf })).data?.household?.patterns.map((p) => p.kind));

describe("each story of domain.md is flagged by the patterns it tells of", () => {
  it("story 1, the closed door: care avoidance and missed signals (housing, utility, school)", async () => {
    const kinds = await kindsFor("h-s1");
    expect([...kinds]).toEqual(expect.arrayContaining(["CARE_AVOIDANCE", "MISSED_SIGNAL"]));
    const missed = (await api.run(PatternHitsDocument, { kind: "MISSED_SIGNAL", first: 500 })).data?.patternHits.edges
      .find((e) => e.node.subject.__typename === "Household" && e.node.subject.id === "h-s1")?.node;
    expect(missed?.evidence.filter((e) => e.role === "MISSED_SIGNAL").map((e) => e.domain).sort()).toEqual(["ONDERWIJS", "WONEN", "WONEN"]);
  });

  it("story 2, the wallpaper roll: overlapping uncoordinated help, escalation-driven concessions (the son), care avoidance", async () => {
    expect([...(await kindsFor("h-s2"))]).toEqual(expect.arrayContaining(["UNCOORDINATED_OVERLAP", "ESCALATION_CONCESSION", "CARE_AVOIDANCE"]));
    const hit = (await api.run(HouseholdPatternsDocument, { id: "h-s2" })).data?.household?.patterns.find((p) => p.kind === "ESCALATION_CONCESSION");
    expect(hit).toMatchObject({ score: 7, subject: { __typename: "Person", id: "s2-p-son" } });
  });

  it("story 3, missed signals: missed signals across domains and several laws at once, without the ex-partner's later help", async () => {
    expect([...(await kindsFor("h-s3"))]).toEqual(expect.arrayContaining(["MISSED_SIGNAL", "MULTI_DOMAIN_NO_COORDINATOR"]));
    const hit = (await api.run(HouseholdPatternsDocument, { id: "h-s3" })).data?.household?.patterns.find((p) => p.kind === "MULTI_DOMAIN_NO_COORDINATOR");
    expect(hit?.explanation).not.toMatch(/VERSLAVING/);
  });

  it("story 4, thirty caregivers: effort without result and professional turnover", async () => {
    expect([...(await kindsFor("h-s4"))]).toEqual(expect.arrayContaining(["EFFORT_WITHOUT_RESULT", "PROFESSIONAL_TURNOVER"]));
  });

  it("story 5, all four laws: professional turnover (broken relationships) and several laws without one plan", async () => {
    expect([...(await kindsFor("h-s5"))]).toEqual(expect.arrayContaining(["PROFESSIONAL_TURNOVER", "MULTI_DOMAIN_NO_COORDINATOR"]));
  });

  it("shows the picture as it was: before the closed door, story 1 had no care avoidance", async () => {
    expect(await kindsFor("h-s1", "2022-06-30")).not.toContain("CARE_AVOIDANCE");
  });
});

describe("patternHits over the whole population", () => {
  it("orders by score, then subject, and pages with stable cursors", async () => {
    const all = (await api.run(PatternHitsDocument, { kind: "UNCOORDINATED_OVERLAP", first: 500 })).data!.patternHits;
    const keys = all.edges.map((e) => [e.node.score, (e.node.subject as { id: string }).id] as const);
    expect(keys).toEqual([...keys].sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? -1 : 1)));
    const first = (await api.run(PatternHitsDocument, { kind: "UNCOORDINATED_OVERLAP", first: 2 })).data!.patternHits;
    const next = (await api.run(PatternHitsDocument, { kind: "UNCOORDINATED_OVERLAP", first: 2, after: first.pageInfo.endCursor })).data!.patternHits;
    expect([...first.edges, ...next.edges].map((e) => e.cursor)).toEqual(all.edges.slice(0, 4).map((e) => e.cursor));
    expect(first.totalCount).toBe(all.totalCount);
  });

  it("explains in Dutch when asked", async () => {
    const hit = (await api.run(PatternHitsDocument, { kind: "CARE_AVOIDANCE", first: 500, lang: "NL" })).data?.patternHits.edges
      .find((e) => (e.node.subject as { id: string }).id === "h-s1");
    expect(hit?.node.explanation).toMatch(/^Binnen 365 dagen \(2022-09-05 tot en met 2022-12-01\) kwam hulp 6 keer niet aan bij 2 instanties/);
  });

  it("answers a negative window with a clear error, not an empty list", async () => {
    const res = await api.run(PatternHitsDocument, { kind: "CARE_AVOIDANCE" as PatternKind, params: { windowDays: -1 } });
    expect(res.errors?.[0]).toMatchObject({
      message: "params.windowDays: must be a whole number from 1 to 36500 for CARE_AVOIDANCE, got -1",
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("summarises hits per kind, neighbourhood and agency", async () => {
    const summary = (await api.run(PatternSummaryDocument, { asOf: TODAY })).data!.patternSummary;
    expect(summary.kinds.map((k) => k.kind).sort()).toHaveLength(7);
    expect(summary.kinds.every((k) => k.hits >= 1)).toBe(true);
    expect(summary.neighbourhoods).toContainEqual(expect.objectContaining({ neighbourhood: "Noord", kind: "CARE_AVOIDANCE" }));
    expect(summary.agencies.some((a) => a.kind === "MISSED_SIGNAL" && a.agency.id === "a-woco")).toBe(true);
    const overlap = summary.agencies.filter((a) => a.kind === "UNCOORDINATED_OVERLAP").map((a) => a.hits);
    expect(overlap).toEqual([...overlap].sort((a, b) => b - a));
  });
});

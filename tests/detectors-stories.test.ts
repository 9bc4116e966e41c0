import { HouseholdPatternsDocument, PatternHitsDocument, PatternSummaryDocument, type PatternKind } from "./generated/graphql";
import { importDataset } from "../src/import/import.service";
import { TODAY, uniquePrefix } from "./support/graph";
import { storiesApi } from "./support/stories-api";
import { removeByPrefix } from "./support/snapshot";

const { api, graph } = storiesApi();

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
  it("computed live (asOf given), orders by score, then subject, and pages with stable cursors", async () => {
    // five households of this test's own, in a neighbourhood of their own, with 1 to 3 uncoordinated pairs
    const p = uniquePrefix("paging-hits");
    const households = [1, 3, 2, 3, 1].map((pairs, n) => {
      const agencies = ["wmo", "jeugd", "woco"].slice(0, pairs === 1 ? 2 : 3);
      return {
        household: { id: `${p}h${n}`, neighbourhood: `${p}wijk` },
        interventions: agencies.map((a, k) => ({ id: `${p}h${n}-i${k}`, agencyId: `${p}a-${a}`, householdId: `${p}h${n}`, domain: "OVERIG", start: "2023-01-01", end: "2023-06-01" })),
      };
    });
    await importDataset(graph(), {
      source: `${p}d`,
      agencies: ["wmo", "jeugd", "woco"].map((a) => ({ id: `${p}a-${a}`, name: a, kind: "OTHER", domains: ["OVERIG"] })),
      households: households.map((h) => h.household),
      interventions: households.flatMap((h) => h.interventions),
    }, TODAY);
    const page = (first: number, after?: string | null) =>
      api.run(PatternHitsDocument, { kind: "UNCOORDINATED_OVERLAP", asOf: TODAY, first, neighbourhood: `${p}wijk`, ...(after ? { after } : {}) });
    const all = (await page(500)).data!.patternHits;
    expect(all.edges.map((e) => [e.node.score, (e.node.subject as { id: string }).id])).toEqual([
      [3, `${p}h1`], [3, `${p}h2`], [3, `${p}h3`], [1, `${p}h0`], [1, `${p}h4`],
    ]);
    const first = (await page(2)).data!.patternHits;
    const next = (await page(2, first.pageInfo.endCursor)).data!.patternHits;
    const again = (await page(2)).data!.patternHits;
    expect([...first.edges, ...next.edges].map((e) => e.cursor)).toEqual(all.edges.slice(0, 4).map((e) => e.cursor));
    expect(again.pageInfo.endCursor).toBe(first.pageInfo.endCursor);
    expect([first.totalCount, first.pageInfo.hasNextPage, next.pageInfo.hasNextPage]).toEqual([5, true, true]);
    await removeByPrefix(graph(), p);
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
    expect(summary.agencies.some((a) => a.kind === "MISSED_SIGNAL" && a.agencyId?.id === "a-woco")).toBe(true);
    const overlap = summary.agencies.filter((a) => a.kind === "UNCOORDINATED_OVERLAP").map((a) => a.hits);
    expect(overlap).toEqual([...overlap].sort((a, b) => b - a));
  });
});

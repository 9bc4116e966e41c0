/**
 * Integrity (issue 21): a detector's evidence and fingerprint depend on the data, not on the order
 * it was stored in: ties (two equally long overlaps, two markers on one day, two escalations on one
 * day, ...) are broken by ids, and the explanation names the overlap the evidence shows.
 */
import { DETECTORS } from "../src/detectors/registry";
import type { Hit, PatternKind } from "../src/detectors/types";
import type { Graph } from "../src/graph/gateway";
import { fingerprint } from "../src/hits/fingerprint";
import { importDataset } from "../src/import/import.service";
import type { Dataset } from "../src/import/dataset";
import { TODAY, testGraph } from "./support/graph";
import { Scenario } from "./support/scenario";
import { removeByPrefix } from "./support/snapshot";

let graph: Graph;
const made: Scenario[] = [];
beforeAll(() => {
  graph = testGraph();
});
afterAll(async () => {
  for (const s of made) await removeByPrefix(graph, s.p);
  await graph.close();
});

/** One household that every detector finds, with a tie in each place a detector picks or orders. */
function tied(label: string): Scenario {
  const s = new Scenario(label).member("mother", "2010-01-01").member("son", "2010-01-01");
  made.push(s);
  // two wmo interventions over the very same period: each overlaps jeugd's for as long (a tie)
  const a1 = s.help({ agency: "wmo", person: "mother", domain: "WMO", start: "2023-01-01", end: "2023-12-31", professionalId: "p1" });
  s.help({ agency: "wmo", person: "mother", domain: "WMO", start: "2023-01-01", end: "2023-12-31", professionalId: "p2" });
  s.help({ agency: "jeugd", person: "son", domain: "JEUGD", start: "2023-01-01", end: "2023-12-31", professionalId: "p3" });
  s.help({ agency: "ggz", person: "mother", domain: "GGZ", start: "2023-02-01", end: "2023-12-31", professionalId: "p4" });
  // two relationships broken off on the same day
  s.help({ agency: "krediet", domain: "SCHULDHULP", start: "2023-03-01", end: "2023-06-01", endReason: "RELATIONSHIP_BROKEN", professionalId: "p5" });
  s.help({ agency: "school", person: "son", domain: "ONDERWIJS", start: "2023-03-01", end: "2023-06-01", endReason: "RELATIONSHIP_BROKEN", professionalId: "p6" });
  s.help({ agency: "woco", domain: "WONEN", start: "2023-01-01", end: null });
  // two outcomes of one intervention on one day, with different ZRM scores
  s.outcome(a1, "2023-06-01", "NOT_ACHIEVED").outcome(a1, "2023-06-01", "PARTIAL");
  // two no-shows on one day at two agencies, and a refusal
  s.event({ type: "NO_SHOW", date: "2024-03-01", agency: "wmo", person: "mother" });
  s.event({ type: "NO_SHOW", date: "2024-03-01", agency: "jeugd", person: "son" });
  s.event({ type: "CONTACT_REFUSED", date: "2024-04-01", agency: "ggz" });
  // two signals on one day that nobody followed up
  s.event({ type: "SIGNAL", date: "2025-01-10", agency: "woco", person: "mother", domain: "SCHULDHULP", severity: 2 });
  s.event({ type: "SIGNAL", date: "2025-01-10", agency: "woco", domain: "SCHULDHULP", severity: 3 });
  // escalations and concessions at three agencies, two of them at wmo on one day
  for (const agency of ["wmo", "wmo", "jeugd", "ggz"]) {
    s.event({ type: "ESCALATION", date: "2024-05-01", agency, person: "son", severity: 2 });
    s.event({ type: "CONCESSION", date: "2024-05-03", agency, person: "son" });
  }
  return s;
}

/** The delivery with ZRM scores on the two outcomes of one day, its lists in the order given. */
function delivery(s: Scenario, order: <T>(list: T[]) => T[]): Dataset {
  const d = s.delivery();
  d.outcomes = (d.outcomes ?? []).map((o, i) => ({ ...o, zrm: { FINANCIEN: 2 + i, HUISVESTING: 4 - i } }));
  for (const kind of ["agencies", "professionals", "persons", "memberships", "interventions", "events", "outcomes"] as const) {
    (d as unknown as Record<string, unknown>)[kind] = order((d[kind] ?? []) as unknown[]);
  }
  return d;
}

/** A fixed shuffle (so a failure can be repeated): every third first, then the rest reversed. */
const shuffled = <T>(list: T[]): T[] => [...list.filter((_, i) => i % 3 === 2), ...list.filter((_, i) => i % 3 !== 2).reverse()];

async function hitsOf(s: Scenario, kind: PatternKind): Promise<{ hit: Hit; print: string }[]> {
  const hits = await s.detect(graph, kind);
  return hits.map((h) => {
    const hit = JSON.parse(JSON.stringify(h).replaceAll(s.p, "P-")) as Hit; // the same data under another prefix
    return { hit, print: fingerprint(hit) };
  });
}

describe("every detector's evidence and fingerprint", () => {
  it("are the same for the same data stored in another order, ties broken by id", async () => {
    const [asGiven, reversed, mixed] = [tied("det-a"), tied("det-b"), tied("det-c")];
    for (const [s, order] of [[asGiven, <T>(l: T[]) => l], [reversed, <T>(l: T[]) => [...l].reverse()], [mixed, shuffled]] as const) {
      const outcome = await importDataset(graph, delivery(s, order), TODAY);
      expect(outcome.errors).toEqual([]);
    }
    const all = async (s: Scenario) => {
      const found: Record<string, { hit: Hit; print: string }[]> = {};
      for (const kind of Object.keys(DETECTORS) as PatternKind[]) found[kind] = await hitsOf(s, kind);
      return found;
    };
    const first = await all(asGiven);
    expect(Object.values(first).map((hits) => hits.length)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(await all(reversed)).toEqual(first);
    expect(await all(mixed)).toEqual(first);
  });

  it("name in the explanation the overlap the evidence shows, whatever order they were stored in", async () => {
    // two overlaps of one pair, as long as each other (60 days): the earlier is the one shown
    const overlaps = (label: string) => {
      const s = new Scenario(label).member("mother", "2010-01-01");
      made.push(s);
      s.help({ agency: "aaa", person: "mother", domain: "OVERIG", start: "2023-01-01", end: "2023-03-02" });
      s.help({ agency: "aaa", person: "mother", domain: "OVERIG", start: "2023-06-01", end: "2023-07-31" });
      s.help({ agency: "bbb", person: "mother", domain: "OVERIG", start: "2023-01-01", end: "2023-12-31" });
      return s;
    };
    for (const [s, order] of [[overlaps("det-x"), <T>(l: T[]) => l], [overlaps("det-y"), <T>(l: T[]) => [...l].reverse()]] as const) {
      expect((await importDataset(graph, delivery(s, order), TODAY)).errors).toEqual([]);
      const hit = (await hitsOf(s, "UNCOORDINATED_OVERLAP" as PatternKind))[0]!.hit;
      const shown = hit.evidence.filter((e) => e.role === "OVERLAPPING_INTERVENTION" && e.group === 0);
      expect(shown.map((e) => [e.from, e.to, e.days])).toEqual([["2023-01-01", "2023-03-02", 60], ["2023-01-01", "2023-03-02", 60]]);
      expect(hit.explanation.EN).toContain("for 60 days (2023-01-01 to 2023-03-01)");
    }
  });
});

/**
 * `patterns(asOf:)` on several households in one request (issue 26): one detector query per kind for
 * all of them, each household given exactly what the detectors scoped to it alone find — its own
 * hits and those of anyone who was ever a member — over the seed stories, against the real Neo4j.
 */
import { RequestGraph } from "../src/graph/gateway";
import { detectForHousehold } from "../src/detectors/detect.service";
import { DETECTORS } from "../src/detectors/registry";
import { storiesApi } from "./support/stories-api";

const { api, graph } = storiesApi();
const STORIES = ["h-s1", "h-s2", "h-s3", "h-s4", "h-s5"];
const DAY = "2024-06-30";
const QUERY = `query($ids: [ID!]!, $d: Date) { nodes(ids: $ids) { ... on Household { id patterns(asOf: $d) { kind score subject { ... on Household { id } ... on Person { id } } } } } }`;
type Shown = { id: string; patterns: { kind: string; score: number; subject: { id: string } }[] };

describe("live patterns of several households", () => {
  it("give each household what the detectors scoped to it alone find, with one query per detector for all of them", async () => {
    const reads = jest.spyOn(RequestGraph.prototype, "readTx");
    let shown: Shown[];
    try {
      const res = await api.raw(QUERY, { ids: STORIES.map((h) => `Household:${h}`), d: DAY });
      expect(res.errors).toBeUndefined();
      shown = res.data?.nodes as Shown[];
      const detectorReads = reads.mock.calls.map((c) => c[0] as string).filter((name) => name.startsWith("detector-"));
      expect(detectorReads).toHaveLength(Object.keys(DETECTORS).length); // not 5 × 7
    } finally {
      reads.mockRestore();
    }
    for (const household of STORIES) {
      const alone = await detectForHousehold(graph(), household, { asOf: DAY, from: null, to: null });
      expect([household, shown.find((h) => h.id === household)?.patterns]).toEqual([household, alone.map((h) => ({ kind: h.kind, score: h.score, subject: { id: h.subjectId } }))]);
    }
    expect(shown.flatMap((h) => h.patterns).some((p) => p.subject.id !== undefined && !STORIES.includes(p.subject.id))).toBe(true); // a person's hit is among them
  });
});

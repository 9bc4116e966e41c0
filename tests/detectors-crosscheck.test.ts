import { detect } from "../src/detectors/detect.service";
import { PatternKind } from "../src/detectors/types";
import type { Graph } from "../src/graph/gateway";
import type { Dataset } from "../src/import/dataset";
import { importDataset } from "../src/import/import.service";
import { generateMunicipality, syntheticPrefix } from "../seeds/generator/generate";
import { TODAY, testGraph } from "./support/graph";
import { referenceDetectors, type Frame } from "./support/reference-detectors";
import { removeByPrefix } from "./support/snapshot";

const SEED = 90210;
const prefix = syntheticPrefix(SEED);
let graph: Graph;
let deliveries: Dataset[];

beforeAll(async () => {
  graph = testGraph();
  deliveries = [...generateMunicipality({ households: 400, seed: SEED, chunkSize: 200, mix: "dense" })];
  for (const d of deliveries) expect((await importDataset(graph, d, TODAY)).errors).toEqual([]);
}, 120_000);
afterAll(async () => {
  await removeByPrefix(graph, prefix);
  await graph.close();
});

/** Each frame, with the detectors that cannot fire in it (a one-year window holds no two-year span). */
const frames: [string, Frame, PatternKind[]][] = [
  ["today", { asOf: TODAY }, []],
  ["an earlier asOf", { asOf: "2022-06-30" }, []],
  ["a window", { asOf: TODAY, from: "2020-01-01", to: "2023-12-31" }, []],
  ["one calendar year", { asOf: TODAY, from: "2022-01-01", to: "2022-12-31" },
    [PatternKind.EFFORT_WITHOUT_RESULT, PatternKind.ESCALATION_CONCESSION]],
  ["a window open at its end", { asOf: "2024-06-30", from: "2021-07-01" }, []],
  ["a window closed at its start", { asOf: TODAY, to: "2021-03-15" }, []],
  ["a window reaching past asOf", { asOf: "2023-01-01", from: "2020-06-01", to: "2024-12-31" }, []],
];

describe.each(frames)("the detectors agree with a plain-TypeScript reading of patterns.md on 400 generated households, as of %s", (_, frame, quiet) => {
  let expected: ReturnType<typeof referenceDetectors>;
  beforeAll(() => (expected = referenceDetectors(deliveries, frame)));

  it.each(Object.values(PatternKind))("%s", async (kind) => {
    const hits = await detect(graph, kind, { asOf: frame.asOf, from: frame.from ?? null, to: frame.to ?? null });
    const actual = new Map(hits.filter((h) => h.subjectId.startsWith(prefix)).map((h) => [h.subjectId, h.score]));
    const want = expected[kind];
    if (!quiet.includes(kind)) expect(want.size).toBeGreaterThan(0); // the population gives the detector work
    expect(Object.fromEntries([...actual].sort())).toEqual(Object.fromEntries([...want].sort()));
  });
});

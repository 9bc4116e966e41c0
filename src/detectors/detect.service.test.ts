import type { Graph, Row } from "../graph/gateway";
import { detect } from "./detect.service";
import { PatternKind } from "./types";

/** Rows as Neo4j returns them when a subject is removed while the detector's query runs: its id reads as null. */
const answering = (rows: Row[]) => ({ read: async () => rows }) as unknown as Graph;
const overlap = (subjectId: string | null): Row => ({
  subjectId, neighbourhood: "Noord",
  pairs: [{ agencyA: "a-1", nameA: "A", agencyB: "a-2", nameB: "B", overlaps: [{ a: "i-1", b: "i-2", from: "2024-01-01", to: "2024-06-01", days: 152, coveredDays: 0 }] }],
});

describe("detect", () => {
  it("leaves out a row whose subject was removed while the query ran, instead of failing the run", async () => {
    const hits = await detect(answering([overlap("h-1"), overlap(null)]), PatternKind.UNCOORDINATED_OVERLAP, { asOf: "2024-12-31", from: null, to: null });
    expect(hits.map((h) => h.subjectId)).toEqual(["h-1"]);
  });
});

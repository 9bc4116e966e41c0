/**
 * The day's full detection (issue 26): every API instance keeps a timer for it, and on one database
 * exactly one of them runs it, however many ask at once; against the real Neo4j, with two
 * instances (each its own driver, as two servers would have).
 */
import { DailyDetection } from "../src/hits/daily-run";
import type { Graph } from "../src/graph/gateway";
import { Role } from "../src/access/viewer";
import { startApi } from "./support/api";
import { TODAY, testGraph } from "./support/graph";

const CLEAR = { name: "test-clear-daily-run", text: "MATCH (d:DailyRun {date: $date}) DELETE d" };
const MARKER = { name: "test-daily-run-marker", text: "MATCH (d:DailyRun {date: $date}) RETURN d.runId AS runId, d.seq AS seq" };

let one: Graph;
let two: Graph;
const instances: DailyDetection[] = [];
// the tests' day, at noon in Amsterdam: after the day's time, so each instance's timer would fire at once
const noon = () => new Date(`${TODAY}T11:00:00Z`);

beforeAll(async () => {
  [one, two] = [testGraph(), testGraph()];
  await one.write(CLEAR, { date: TODAY }); // a marker of an earlier run of this file
});
afterAll(async () => {
  for (const daily of instances) daily.stop();
  await one.write(CLEAR, { date: TODAY });
  await Promise.all([one.close(), two.close()]);
});

describe("the day's full detection", () => {
  it("runs once a day on one database when two instances ask at the same moment, and says so in detectionRuns", async () => {
    const [first, second] = [new DailyDetection(one, "02:30", "Europe/Amsterdam", noon), new DailyDetection(two, "02:30", "Europe/Amsterdam", noon)];
    instances.push(first, second);
    const runs = await Promise.all([first.fire(), second.fire()]);
    const ran = runs.filter((r) => r !== null);
    expect(ran).toHaveLength(1); // the other found the day's marker once it had the lock
    expect(ran[0]).toMatchObject({ trigger: "daily", households: null, asOf: TODAY });
    expect(await one.read(MARKER, { date: TODAY })).toEqual([{ runId: ran[0]?.id, seq: ran[0]?.seq }]);
    expect(await Promise.all([first.fire(), second.fire()])).toEqual([null, null]); // later the same day: nothing
    const api = await startApi(one);
    try {
      const res = await api.raw(`{ detectionRuns(first: 50) { nodes { seq trigger households } } }`, {}, { role: Role.ANALYST });
      const listed = (res.data?.detectionRuns as { nodes: { seq: number; trigger: string; households: number | null }[] }).nodes;
      expect(listed.filter((r) => r.trigger === "DAILY" && r.seq === ran[0]?.seq)).toEqual([{ seq: ran[0]?.seq, trigger: "DAILY", households: null }]);
    } finally {
      await api.close();
    }
  }, 300_000);
});

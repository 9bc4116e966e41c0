import { cypher } from "../src/graph/cypher";
import type { Graph } from "../src/graph/gateway";
import { refreshReach } from "../src/graph/help-reach";
import { importDataset } from "../src/import/import.service";
import type { StoredIds } from "../src/import/references";
import { inMemory } from "../src/import/records";
import { writeRecords } from "../src/import/writer";
import { logger } from "../src/logger";
import { smallDelivery } from "./support/fixtures";
import { TODAY, testGraph, uniquePrefix } from "./support/graph";
import { removeByPrefix, snapshot } from "./support/snapshot";

let graph: Graph;
beforeAll(() => (graph = testGraph()));
afterAll(() => graph.close());

const created = (r: Awaited<ReturnType<typeof importDataset>>) => r.counts.reduce((n, c) => n + c.created, 0);

describe("importing", () => {
  it("writes every record of a valid delivery and counts what is new", async () => {
    const p = uniquePrefix("write");
    const result = await importDataset(graph, smallDelivery(p), TODAY);
    expect(result.ok).toBe(true);
    expect(result.counts.find((c) => c.kind === "events")).toEqual({ kind: "events", received: 4, created: 4 });
    expect(result.counts.find((c) => c.kind === "memberships")).toEqual({ kind: "memberships", received: 2, created: 2 });
    await removeByPrefix(graph, p);
  });

  it("changes nothing when the same delivery is imported twice", async () => {
    const p = uniquePrefix("twice");
    await importDataset(graph, smallDelivery(p), TODAY);
    const before = await snapshot(graph, p);
    const again = await importDataset(graph, smallDelivery(p), TODAY);
    expect(again.ok).toBe(true);
    expect(created(again)).toBe(0);
    expect(await snapshot(graph, p)).toEqual(before);
    await removeByPrefix(graph, p);
  });

  it("updates a record delivered again with new facts, and relinks it", async () => {
    const p = uniquePrefix("update");
    await importDataset(graph, smallDelivery(p), TODAY);
    const next = smallDelivery(p);
    next.source = `${p}second`;
    next.interventions[1] = { ...next.interventions[1]!, agencyId: `${p}a-wmo`, end: "2024-03-01", endReason: "MOVED" };
    next.events[1]!.participantAgencyIds = [`${p}a-wmo`];
    expect((await importDataset(graph, next, TODAY)).ok).toBe(true);
    const lines = await snapshot(graph, p);
    const i2 = lines.filter((l) => l.includes(`"${p}i-2"`));
    expect(i2.join()).toContain("MOVED");
    expect(i2.some((l) => l.includes('"BY"') && l.includes(`"${p}a-wmo"`))).toBe(true);
    expect(i2.some((l) => l.includes('"BY"') && l.includes(`"${p}a-woco"`))).toBe(false);
    const conference = lines.filter((l) => l.includes(`"${p}e-2"`) && l.includes('"PARTICIPANT"'));
    expect(conference).toHaveLength(1);
    await removeByPrefix(graph, p);
  });

  it("remembers which deliveries each record came from (provenance)", async () => {
    const p = uniquePrefix("provenance");
    await importDataset(graph, smallDelivery(p), TODAY);
    const second = smallDelivery(p);
    second.source = `${p}second`;
    await importDataset(graph, second, TODAY);
    const [row] = await graph.read(cypher("../tests/support/sources-of.cypher"), { id: `${p}i-1` });
    expect(row?.sources).toEqual([`${p}delivery`, `${p}second`]);
    await removeByPrefix(graph, p);
  });

  it.each([
    [31, "COMPLETED"], [34, "COMPLETED"], [32, "CLIENT_WITHDREW"], [33, "RELATIONSHIP_BROKEN"], [35, "OTHER"], ["32", "CLIENT_WITHDREW"],
  ])("maps iJw end-reason code %p to %s when no endReason is given", async (code, reason) => {
    const p = uniquePrefix("ijw");
    const d = smallDelivery(p);
    d.interventions[0]!.endReasonCode = code;
    await importDataset(graph, d, TODAY);
    const [row] = await graph.read(cypher("../tests/support/intervention-end.cypher"), { id: `${p}i-1` });
    expect(row).toEqual({ endReason: reason, endReasonCode: Number(code) });
    await removeByPrefix(graph, p);
  });

  it("keeps a delivered endReason over the one the code would give", async () => {
    const p = uniquePrefix("ijw-own");
    const d = smallDelivery(p);
    Object.assign(d.interventions[0]!, { endReasonCode: 31, endReason: "MOVED" });
    await importDataset(graph, d, TODAY);
    const [row] = await graph.read(cypher("../tests/support/intervention-end.cypher"), { id: `${p}i-1` });
    expect(row).toEqual({ endReason: "MOVED", endReasonCode: 31 });
    await removeByPrefix(graph, p);
  });
});

describe("new records are created, stored ones merged", () => {
  const rename = (lines: string[], from: string) => lines.map((l) => l.split(from).join("P-"));
  const nothingStored = (): StoredIds => ({
    agencies: new Set(), professionals: new Set(), households: new Set(), persons: new Set(),
    interventions: new Map(), events: new Map(), outcomes: new Set(), consents: new Set(),
  });

  it("ends in the same graph as merging every record", async () => {
    const created = uniquePrefix("fresh");
    const merged = uniquePrefix("fresh");
    await importDataset(graph, smallDelivery(created), TODAY); // all new: created outright
    const d = smallDelivery(merged);
    await writeRecords(graph, d.source, inMemory(d)); // no lookup: every record merged
    await refreshReach(graph, (d.households ?? []).map((h) => h.id)); // as the import does after writing
    expect(rename(await snapshot(graph, created), created)).toEqual(rename(await snapshot(graph, merged), merged));
    await removeByPrefix(graph, created);
    await removeByPrefix(graph, merged);
  });

  it("merges instead when another import stored the records after the lookup: no error, nothing twice", async () => {
    const p = uniquePrefix("race");
    const d = smallDelivery(p);
    await importDataset(graph, d, TODAY);
    const before = await snapshot(graph, p);
    // as if the lookup had found nothing stored, and another import wrote the same records meanwhile
    const errors = jest.spyOn(logger, "error");
    try {
      await writeRecords(graph, d.source, inMemory(d), { stored: nothingStored() });
      expect(errors).not.toHaveBeenCalled(); // an expected turn of events, not an error for the operator to chase
    } finally {
      errors.mockRestore();
    }
    expect(await snapshot(graph, p)).toEqual(before);
    await removeByPrefix(graph, p);
  });
});

describe("a delivery too large for one transaction", () => {
  const batched = { batchSize: 2, singleTransactionLimit: 5 };

  it("is written batch by batch and ends in the same state as one transaction", async () => {
    const one = uniquePrefix("one-tx");
    const many = uniquePrefix("one-tx"); // same length, so the snapshots compare after renaming
    await importDataset(graph, smallDelivery(one), TODAY);
    await importDataset(graph, smallDelivery(many), TODAY, batched);
    const rename = (lines: string[], from: string) => lines.map((l) => l.split(from).join("P-"));
    expect(rename(await snapshot(graph, many), many)).toEqual(rename(await snapshot(graph, one), one));
    await removeByPrefix(graph, one);
    await removeByPrefix(graph, many);
  });

  it("resumes after a crash half-way: importing again ends where an uninterrupted run ends", async () => {
    const crashed = uniquePrefix("crash");
    const clean = uniquePrefix("crash");
    await importDataset(graph, smallDelivery(clean), TODAY, batched);

    let batches = 0;
    const crash = () => {
      if (++batches === 3) throw new Error("simulated crash");
    };
    await expect(importDataset(graph, smallDelivery(crashed), TODAY, { ...batched, onProgress: crash })).rejects.toThrow("simulated crash");
    const half = await snapshot(graph, crashed);
    expect(half.some((l) => l.includes('"IN_PROGRESS"'))).toBe(true); // the delivery says it is unfinished

    await importDataset(graph, smallDelivery(crashed), TODAY, batched);
    const rename = (lines: string[], from: string) => lines.map((l) => l.split(from).join("P-"));
    expect(rename(await snapshot(graph, crashed), crashed)).toEqual(rename(await snapshot(graph, clean), clean));
    await removeByPrefix(graph, crashed);
    await removeByPrefix(graph, clean);
  });
});

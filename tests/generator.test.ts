import type { Graph } from "../src/graph/gateway";
import { importDataset } from "../src/import/import.service";
import { RECORD_KINDS, type Dataset } from "../src/import/dataset";
import { DeliveryCheck } from "../src/import/delivery-check";
import { fromValue } from "../src/import/intake";
import { generateMunicipality } from "../seeds/generator/generate";
import { TODAY, testGraph } from "./support/graph";
import { removeByPrefix } from "./support/snapshot";

describe("the synthetic municipality", () => {
  it("is the same for the same seed, whatever the chunk size, and different for another seed", () => {
    const households = (seed: number, chunkSize: number) =>
      [...generateMunicipality({ households: 40, seed, chunkSize })].slice(1).flatMap((d) => d.interventions ?? []);
    expect(households(3, 7)).toEqual(households(3, 40));
    expect(households(4, 40)).not.toEqual(households(3, 40));
  });

  it("makes deliveries that pass the import's own checks, with the mix detectors need", async () => {
    const deliveries = [...generateMunicipality({ households: 500, seed: 11, chunkSize: 250 })];
    // all deliveries as one, against an empty database: every reference must resolve among them
    const whole = Object.fromEntries([["source", "all"], ...RECORD_KINDS.map((k) => [k, deliveries.flatMap((d): unknown[] => d[k] ?? [])])]) as Dataset;
    const check = new DeliveryCheck(TODAY);
    const { records } = await fromValue(whole)(check);
    const nothingStored = {
      agencies: new Set<string>(), professionals: new Set<string>(), households: new Set<string>(), persons: new Set<string>(),
      interventions: new Map<string, string>(), events: new Map<string, string>(), outcomes: new Set<string>(), consents: new Set<string>(),
    };
    expect(await check.problems(nothingStored, records)).toEqual([]);
    const events = deliveries.flatMap((d) => d.events ?? []);
    const interventions = deliveries.flatMap((d) => d.interventions ?? []);
    for (const type of ["SIGNAL", "REFERRAL", "CONTACT_REFUSED", "NO_SHOW", "ESCALATION", "CONCESSION", "CASE_CONFERENCE"]) {
      expect(events.some((e) => e.type === type)).toBe(true);
    }
    expect(interventions.some((i) => i.end === null)).toBe(true);
    expect(interventions.some((i) => i.endReasonCode !== undefined)).toBe(true);
    expect(deliveries.some((d) => d.memberships?.some((m) => m.to))).toBe(true);
    expect(deliveries.some((d) => (d.coordinators ?? []).length > 0)).toBe(true);
  });

  it("imports into Neo4j", async () => {
    const graph: Graph = testGraph();
    try {
      for (const d of generateMunicipality({ households: 60, seed: 424242, chunkSize: 30 })) {
        const result = await importDataset(graph, d, TODAY);
        expect(result.errors).toEqual([]);
      }
    } finally {
      await removeByPrefix(graph, "syn424242-");
      await graph.close();
    }
  });
});

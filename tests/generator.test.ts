import type { Graph } from "../src/graph/gateway";
import { importDataset } from "../src/import/import.service";
import { checkRules } from "../src/import/rules";
import { checkAgainstSchema } from "../src/import/schema-check";
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

  it("makes deliveries that pass the import's own checks, with the mix detectors need", () => {
    const deliveries = [...generateMunicipality({ households: 500, seed: 11, chunkSize: 250 })];
    for (const d of deliveries) {
      expect(checkAgainstSchema(d)).toEqual([]);
      expect(checkRules(d, TODAY)).toEqual([]);
    }
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

import { z } from "zod";
import { FEATURES, type Feature } from "./dimensions";

const count = z.number().int().min(0);

/** A household as fairness/queries/households.cypher returns it, checked where it enters. */
export const householdRow = z.object({
  id: z.string(),
  neighbourhood: z.string().nullish().transform((v) => v ?? null),
  members: z.array(z.object({ birthYear: z.number().int().nullish().transform((v) => v ?? null), role: z.string().nullish().transform((v) => v ?? "") })),
  agencies: count, interventions: count, domains: count, professionals: count, outcomes: count,
  signals: count, escalations: count, refusals: count, coordinated: z.boolean(),
}).transform((r) => ({
  id: r.id, neighbourhood: r.neighbourhood, members: r.members, agencies: r.agencies,
  features: Object.fromEntries(FEATURES.map((f) => [f, f === "coordinated" ? Number(r.coordinated) : r[f]])) as Record<Feature, number>,
}));

/** A judged stored hit as fairness/queries/judged-hits.cypher returns it. */
export const judgedRow = z.object({
  id: z.string(), kind: z.string(), subjectType: z.enum(["Household", "Person"]), subjectId: z.string(),
  evidence: z.string().nullish().transform((v) => v ?? null), notAConcern: z.boolean(),
});

/** The latest kept report, as fairness/queries/latest-report.cypher returns it. */
export const storedRow = z.object({ at: z.string(), asOf: z.string(), flagged: count, unjustified: count, summaryNL: z.string() });

import { z } from "zod";

const text = z.string().nullable().optional().transform((v) => v ?? null);
const change = z.object({
  kind: z.string(), by: text, from: text, to: text, note: text, regisseurId: text, at: z.string(), aboutFrom: text, aboutTo: text, aboutItemId: text,
});
const conference = z.object({
  id: z.string(), date: z.string(), familyPresent: z.boolean(), familyWish: text, agreements: text, regisseurId: z.string(),
  recordedBy: z.string(), recordedAt: z.string(), participantIds: z.array(z.string()),
});
const goal = z.object({ id: z.string(), domain: z.string(), goal: text, familyWords: text });
const action = z.object({
  id: z.string(), description: text, domain: text, ownerAgencyId: text, ownerProfessionalId: text, progress: text, due: z.string(), doneOn: text,
});
const plan = z.object({ id: z.string(), agreedBy: z.string(), agreedOn: z.string(), goals: z.array(goal), actions: z.array(action) });

/** A case as cases-by-id returns it, checked where it enters. */
export const caseRow = z.object({
  id: z.string(), householdId: z.string(), status: z.string(), legalGround: text, consentId: text, legalArticle: text,
  openedBy: z.string(), regisseurId: text, openedAt: z.string(), openedOn: z.string(), closedOn: text, firstSignal: z.string(),
  plannedOn: text, history: z.array(change), conferences: z.array(conference), plan: plan.nullable(), inviteeIds: z.array(z.string()),
});
export type CaseRecord = z.infer<typeof caseRow>;
export type PlanActionRecord = z.infer<typeof action>;

/** A conference proposal as conference-proposals returns it. */
export const proposalRow = z.object({
  agencyId: z.string(), professionalId: text, domain: text, since: z.string(), latest: z.string(), running: z.boolean(),
});

/** What a household's priority is made of, as caseload-facts returns it. */
export const factsRow = z.object({
  id: z.string(),
  hits: z.array(z.object({ id: z.string(), kind: z.string(), firstSeen: z.string(), newAt: text })),
  safetySignals: z.number().int(),
  coordinated: z.boolean(),
  /** Its open case's regisseur, else a professional coordinating it now. */
  regisseurId: text,
  caseId: text,
  overdue: z.number().int(),
  caseTouchedAt: text,
});
export type CaseloadFacts = z.infer<typeof factsRow>;

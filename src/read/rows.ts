import { z } from "zod";

const text = z.string().nullable();

/** An outcome as outcomes-by-id returns it: its fields, its intervention's id, and a zrm_<DOMAIN> score per domain measured. */
export const outcomeRow = z.object({ id: z.string(), date: z.string(), result: z.string(), interventionId: z.string() }).catchall(z.unknown());

/** A consent record as consents-by-id returns it. */
export const consentRow = z.object({
  id: z.string(), basis: z.string(), purpose: text, from: z.string(), to: text, householdId: z.string(), agencyIds: z.array(z.string()),
});

import { bsnProblem, installationBsnKey, isBsn } from "../access/bsn";
import type { ImportProblem, RecordKind } from "./dataset";

/** Where a delivery may name a person by BSN, and the field that then stands for the person's id. */
const BSN_FIELDS: Partial<Record<RecordKind, { bsn: string; id: string }>> = {
  persons: { bsn: "bsn", id: "id" },
  memberships: { bsn: "personBsn", id: "personId" },
  interventions: { bsn: "personBsn", id: "personId" },
  events: { bsn: "personBsn", id: "personId" },
};

/**
 * A record that names a person by BSN, as the same record naming them by the id derived from the
 * BSN's keyed hash (src/access/bsn.ts): from here on nothing holds the number. A BSN that is not
 * one is a problem that never repeats it.
 */
export function nameByBsn(kind: RecordKind, index: number, record: unknown): { record: unknown; problems: ImportProblem[] } {
  const fields = BSN_FIELDS[kind];
  if (!fields || typeof record !== "object" || record === null || !(fields.bsn in record)) return { record, problems: [] };
  const { [fields.bsn]: bsn, ...rest } = record as Record<string, unknown>;
  if (fields.id in rest) return { record: undefined, problems: [{ path: `${kind}[${index}]`, message: `give ${fields.id} or ${fields.bsn}, not both` }] };
  if (typeof bsn !== "string" || !isBsn(bsn)) return { record: undefined, problems: [{ path: `${kind}[${index}].${fields.bsn}`, message: bsnProblem(bsn) }] };
  return { record: { ...rest, [fields.id]: installationBsnKey().personId(bsn) }, problems: [] };
}

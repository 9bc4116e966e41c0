import crypto from "node:crypto";
import type { Hit } from "../detectors/types";

/** What a hit rests on: its score and its evidence. A new fingerprint means new evidence. */
export function fingerprint(hit: Hit): string {
  const evidence = hit.evidence.map((e) => JSON.stringify(Object.entries(e).filter(([, v]) => v !== null && v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)))).sort();
  return crypto.createHash("sha256").update(JSON.stringify([hit.score, evidence])).digest("hex").slice(0, 32);
}

/** What a hit says (explanations, places): a change here is rewritten, but is no new evidence. */
export function textPrint(hit: Hit): string {
  return crypto.createHash("sha256").update(JSON.stringify([hit.explanation.EN, hit.explanation.NL, [...new Set(hit.neighbourhoods)].sort()])).digest("hex").slice(0, 16);
}

/** The agencies a hit's evidence names (for the agency filter and the summary). */
export function agenciesOf(hit: Hit): string[] {
  return [...new Set(hit.evidence.map((e) => e.agencyId).filter((a): a is string => !!a))].sort();
}

export const hitKey = (hit: Pick<Hit, "kind" | "subjectType" | "subjectId">): string => `${hit.kind}|${hit.subjectType}|${hit.subjectId}`;

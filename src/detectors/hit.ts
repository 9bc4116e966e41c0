import type { Row } from "../graph/gateway";
import type { EvidenceItem, Hit, Lang, PatternKind } from "./types";

/** A hit on the household a detector row is about (the row carries subjectId and neighbourhood). */
export function householdHit(kind: PatternKind, row: Row, score: number, evidence: EvidenceItem[], explanation: Record<Lang, string>): Hit {
  return {
    kind,
    subjectType: "Household",
    subjectId: row.subjectId as string,
    score,
    evidence,
    neighbourhoods: row.neighbourhood ? [row.neighbourhood as string] : [],
    explanation,
  };
}

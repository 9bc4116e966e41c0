import type { Config } from "../config";
import { DETECTORS } from "../detectors/registry";
import type { EvidenceItem, Frame, Hit, PatternKind } from "../detectors/types";
import { BadInputError } from "../errors";
import { neoDate } from "../graph/convert";
import { cypher } from "../graph/cypher";
import type { Graph } from "../graph/gateway";
import { inPieces } from "../graph/in-pieces";
import type { HouseholdProfile } from "./dimensions";
import { householdRow, judgedRow } from "./records";
import { readJustification, type Justification } from "./justifications";
import { measureFairness, type DetectorFairness, type FairnessSettings } from "./measure";

const HOUSEHOLDS = cypher("fairness/queries/households.cypher");
const HOUSEHOLD_IDS = cypher("fairness/queries/household-ids.cypher");
/** Households measured per transaction: each stays short however large the municipality, and a busy server times none out. */
const PIECE = 2000;
const JUDGED = cypher("fairness/queries/judged-hits.cypher");

export interface FairnessReport {
  asOf: string;
  settings: FairnessSettings;
  detectors: DetectorFairness[];
}

/** A rule's hits on a day over the whole population (live; the API passes its cache). */
export type HitsAt = (kind: PatternKind, frame: Frame) => Promise<Hit[]>;

/** The households a hit selects: its household, or for a person every household the hit names. */
export function householdsOf(hit: Pick<Hit, "evidence" | "subjectType"> & { subjectId?: string }): string[] {
  if (hit.subjectType === "Household") return hit.subjectId ? [hit.subjectId] : [];
  return hit.evidence.flatMap((e) => (e.role === "HOUSEHOLD" && e.householdId ? [e.householdId] : []));
}

/** Every justification file of the rules; an incomplete one is an error naming its file. */
export function justifications(kinds: PatternKind[]): Map<string, Justification> {
  return new Map(kinds.flatMap((kind) => {
    const j = readJustification(kind);
    return j ? [[kind, j] as const] : [];
  }));
}

/**
 * The fairness report at a date: every rule, along every dimension, counts only. Over all
 * households, or over `scope` (a test's own population; `hitsAt` must then be scoped too).
 */
export async function fairnessReport(
  graph: Graph, asOf: string, settings: Config["fairness"], hitsAt: HitsAt,
  scope: string[] | null = null, kinds = Object.keys(DETECTORS) as PatternKind[],
): Promise<FairnessReport> {
  const frame: Frame = { asOf, from: null, to: null };
  // one question after another: the report is a batch job and leaves the server to the people using it
  const ids = scope ?? (await graph.read(HOUSEHOLD_IDS, {})).map((r) => r.id as string);
  const profiles: HouseholdProfile[] = [];
  for (const { householdIds } of inPieces({ householdIds: ids }, PIECE)) {
    for (const row of await graph.read(HOUSEHOLDS, { asOf: neoDate(asOf), householdIds })) profiles.push(householdRow.parse(row));
  }
  const judgedRows = await graph.read(JUDGED, { asOf: neoDate(asOf) });
  const hits: Hit[][] = [];
  for (const kind of kinds) hits.push(await hitsAt(kind, frame));
  if (profiles.length < settings.minGroup) {
    throw new BadInputError(`On ${asOf} fewer than ${settings.minGroup} households had a member: a report would describe single families, so there is none.`);
  }
  const known = new Set(profiles.map((p) => p.id));
  const judged = judgedRows.map((r) => judgedRow.parse(r)).map((j) => ({
    id: j.id, kind: j.kind, notAConcern: j.notAConcern,
    // a person's hit concerns the households it names, as for its selection
    householdIds: (j.subjectType === "Household" ? [j.subjectId] : householdsOf({ subjectType: "Person", evidence: JSON.parse(j.evidence ?? "[]") as EvidenceItem[] }))
      .filter((h) => known.has(h)),
  })).filter((j) => j.householdIds.length > 0);
  const detectors = measureFairness({
    profiles, year: Number(asOf.slice(0, 4)),
    selected: new Map(kinds.map((kind, i) => [kind, new Set((hits[i] ?? []).flatMap(householdsOf))])),
    judged,
    reads: new Map(kinds.map((kind) => [kind, DETECTORS[kind].register.reads])),
    justifications: justifications(kinds),
    settings,
  });
  return { asOf, settings, detectors };
}

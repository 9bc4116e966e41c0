import type { CypherQuery } from "../graph/cypher";
import type { Row } from "../graph/gateway";

export enum PatternKind {
  UNCOORDINATED_OVERLAP = "UNCOORDINATED_OVERLAP",
  ESCALATION_CONCESSION = "ESCALATION_CONCESSION",
  CARE_AVOIDANCE = "CARE_AVOIDANCE",
  MISSED_SIGNAL = "MISSED_SIGNAL",
  PROFESSIONAL_TURNOVER = "PROFESSIONAL_TURNOVER",
  EFFORT_WITHOUT_RESULT = "EFFORT_WITHOUT_RESULT",
  MULTI_DOMAIN_NO_COORDINATOR = "MULTI_DOMAIN_NO_COORDINATOR",
}

export const PARAM_NAMES = [
  "minOverlapDays", "conferenceLookbackDays", "minPairs", "windowDays", "minAgencies", "minMarkers",
  "followUpDays", "minMissed", "minProfessionals", "minBroken", "minYears", "minDomains",
] as const;
export type ParamName = (typeof PARAM_NAMES)[number];
export type Params = Partial<Record<ParamName, number>>;

/** One thing that made a hit fire; `group` ties together the items of one pair or window. */
export interface EvidenceItem {
  role: string;
  group: number;
  date?: string | null;
  from?: string | null;
  to?: string | null;
  days?: number | null;
  domain?: string | null;
  agencyId?: string | null;
  interventionId?: string | null;
  eventId?: string | null;
  personId?: string | null;
  professionalId?: string | null;
  householdId?: string | null;
  result?: string | null;
  /** For a ZRM trend: the life domain and its first and last measured score. */
  zrmDomain?: string | null;
  zrmFirst?: number | null;
  zrmLast?: number | null;
}

export type Lang = "EN" | "NL";

export interface Hit {
  kind: PatternKind;
  subjectType: "Household" | "Person";
  subjectId: string;
  score: number;
  evidence: EvidenceItem[];
  explanation: Record<Lang, string>;
  /** For summaries: where the subject lives, and which agencies the evidence names. */
  neighbourhoods: string[];
}

/** The analysis frame: what is seen (dated up to asOf, inside the window). */
export interface Frame {
  asOf: string;
  from: string | null;
  to: string | null;
}

/** A detector as the public register entry describes it (Dutch). */
export interface RegisterText {
  name: string;
  /** The rule in plain words, naming its parameters. */
  rule: string;
  /** What the score counts. */
  score: string;
  /** The delivery fields it reads, as `records.field` of the delivery format (checked against schema/dataset.schema.json). */
  reads: string[];
  /** The evidence roles a hit shows. */
  evidence: string[];
}

export interface DetectorSpec<P extends ParamName = ParamName> {
  kind: PatternKind;
  /** For the Algorithm Register entry: a detector without it does not compile. */
  register: RegisterText;
  subject: "Household" | "Person";
  query: CypherQuery;
  /** The parameters this detector reads, with their defaults (patterns.md) and allowed range. */
  params: Record<P, { default: number; min: number; max: number }>;
  /** Turns one result row (one subject) into a hit. */
  toHit(row: Row, params: Record<P, number>): Hit;
}

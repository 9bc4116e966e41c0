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

/** What an evidence item is in its hit, with what a reader should know of it. */
export const EVIDENCE_ROLES = {
  AGENCY: "An agency involved: one of a pair (UNCOORDINATED_OVERLAP), one giving in (ESCALATION_CONCESSION), one helping without result (EFFORT_WITHOUT_RESULT).",
  HOUSEHOLD: "A household the hit concerns: where a person's hit counts.",
  OVERLAPPING_INTERVENTION: "Help running at the same time as another agency's help, for the days in from–to.",
  ESCALATION: "An escalation event (a complaint, a threat, a lawyer's letter).",
  CONCESSION: "A concession that followed an escalation at the same agency.",
  CONTACT_REFUSED: "A care avoidance marker: contact refused.",
  NO_SHOW: "A care avoidance marker: an appointment missed.",
  CLIENT_WITHDREW: "A care avoidance marker: help ended because the client withdrew.",
  NO_CONTACT: "A care avoidance marker: help ended without contact.",
  MISSED_SIGNAL: "A signal nobody followed up in time.",
  HELPED_IN_DOMAIN: "A domain in which help was already running when the signal came (a signal there counts as seen).",
  PROFESSIONAL: "A professional who started help within the window.",
  STARTED_INTERVENTION: "Help started within the window, by the professional named.",
  RELATIONSHIP_BROKEN: "Help ended with the working relationship broken.",
  INTERVENTION: "Help from an agency spanning the years counted.",
  OUTCOME: "A measured outcome of that help.",
  ZRM_TREND: "A self-sufficiency (ZRM) domain whose score did not improve: its first and last score.",
  DOMAIN: "A domain with help running on the day, without a coordinator.",
  RUNNING_INTERVENTION: "Help running in that domain on the day.",
} as const;
export type EvidenceRole = keyof typeof EVIDENCE_ROLES;

/** One thing that made a hit fire; `group` ties together the items of one pair or window. */
export interface EvidenceItem {
  role: EvidenceRole;
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

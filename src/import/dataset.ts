import { codes } from "../messages/codes";

/** The delivery as data-format.md defines it; schema/dataset.schema.json is the checked contract. */
export interface Dataset {
  source: string;
  agencies?: AgencyRecord[];
  professionals?: ProfessionalRecord[];
  households?: HouseholdRecord[];
  persons?: PersonRecord[];
  memberships?: MembershipRecord[];
  interventions?: InterventionRecord[];
  events?: EventRecord[];
  outcomes?: OutcomeRecord[];
  coordinators?: CoordinatorRecord[];
  consents?: ConsentRecord[];
}

type Open = string | null | undefined;

export interface AgencyRecord {
  id: string; name: string; kind: string; domains: string[];
  /** the codes iJw/iWmo messages name it by (docs/messages.md) */
  agbCode?: string; cbsCode?: string;
}
export interface ProfessionalRecord { id: string; name: string; agencyId: string; role?: string }
export interface HouseholdRecord { id: string; neighbourhood?: string }
export interface PersonRecord { id: string; name?: string; birthYear?: number }
export interface MembershipRecord { personId: string; householdId: string; role: string; from: string; to?: Open }
export interface InterventionRecord {
  id: string; agencyId: string; professionalId?: string | null; personId?: string; householdId?: string;
  domain: string; kind?: string; start: string; end?: Open; endReason?: string | null; endReasonCode?: number | string | null;
}
export interface EventRecord {
  id: string; type: string; date: string; agencyId: string; personId?: string; householdId?: string;
  domain?: string; description?: string; severity?: number; targetAgencyId?: string;
  participantAgencyIds?: string[]; relatedEventId?: string;
}
export interface OutcomeRecord { id: string; interventionId: string; date: string; result: string; zrm?: Record<string, number> }
export interface CoordinatorRecord { householdId: string; professionalId: string; from: string; to?: Open }
export interface ConsentRecord {
  id: string; householdId: string; agencyIds: string[]; basis: string; purpose: string; from: string; to?: Open;
}

/** The record arrays in the order they are written (referenced before referencing). */
export const RECORD_KINDS = [
  "agencies", "professionals", "households", "persons", "memberships",
  "interventions", "events", "outcomes", "coordinators", "consents",
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** A problem a person can act on: where (JSON path) and what. */
export interface ImportProblem { path: string; message: string }

/** iJw/iWmo reason code (JZ588) → endReason, used when endReason is absent (the same table the iJw messages use: messages/codes.ts). */
export function endReasonFromCode(code: number | string | null | undefined): string | undefined {
  if (code === null || code === undefined) return undefined;
  return codes.endReason("iJw", String(code).padStart(2, "0")) ?? "OTHER";
}

/** Records as the read queries return them: properties plus the ids of what they link to. */
export interface HouseholdRecord {
  id: string; neighbourhood: string | null;
  /** made for a client iJw/iWmo messages name and no delivery placed in a household (docs/messages.md) */
  madeFromMessages?: boolean | null;
}
export interface PersonRecord { id: string; name: string | null; birthYear: number | null }
export interface AgencyRecord { id: string; name: string; kind: string; domains: string[] }
export interface ProfessionalRecord { id: string; name: string | null; role: string | null; agencyId: string }
export interface MembershipRecord { role: string; from: string; to: string | null; personId: string; householdId: string }
export interface InterventionRecord {
  id: string; domain: string; kind: string | null; start: string; end: string | null;
  endReason: string | null; endReasonCode: number | null;
  agencyId: string; professionalId: string | null; personId: string | null; householdId: string | null;
}
export interface EventRecord {
  id: string; type: string; date: string; domain: string | null; description: string | null; severity: number | null;
  agencyId: string; personId: string | null; householdId: string | null;
  targetAgencyId: string | null; relatedEventId: string | null; participantAgencyIds: string[];
}
export interface OutcomeRecord { id: string; date: string; result: string; interventionId: string; [zrm: `zrm_${string}`]: number }
export interface CoordinatorRecord { from: string; to: string | null; professionalId: string; householdId: string }
export interface ConsentRecord {
  id: string; basis: string; purpose: string | null; from: string; to: string | null; householdId: string; agencyIds: string[];
}
/** A stored pattern hit as its queries return it (evidence as JSON text); see hits/stored.service.ts. */
export interface StoredHitRow { id: string; [field: string]: unknown }
export interface HitChangeRecord { at: string; by: string | null; from: string | null; to: string; reason: string | null; note: string | null }

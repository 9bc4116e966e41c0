import { neoDate } from "../graph/convert";
import {
  endReasonFromCode, type AgencyRecord, type ConsentRecord, type CoordinatorRecord, type EventRecord,
  type HouseholdRecord, type InterventionRecord, type MembershipRecord, type OutcomeRecord, type PersonRecord,
  type ProfessionalRecord, type RecordKind,
} from "./dataset";

export type WriteRow = Record<string, unknown> & { props: Record<string, unknown> };

const date = (v: string | null | undefined): unknown => (v ? neoDate(v) : undefined);

/** Drops absent values: Neo4j stores no nulls, and an absent optional field is simply not set. */
function props(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null));
}

/** One validated record as a row for its kind's UNWIND query. */
export const ROW: { [K in RecordKind]: (r: never) => WriteRow } = {
  agencies: (r: AgencyRecord) => ({ id: r.id, props: props({ id: r.id, name: r.name, kind: r.kind, domains: r.domains, agbCode: r.agbCode, cbsCode: r.cbsCode }) }),
  professionals: (r: ProfessionalRecord) => ({ id: r.id, agencyId: r.agencyId, props: props({ id: r.id, name: r.name, role: r.role }) }),
  households: (r: HouseholdRecord) => ({ id: r.id, props: props({ id: r.id, neighbourhood: r.neighbourhood }) }),
  persons: (r: PersonRecord) => ({ id: r.id, props: props({ id: r.id, name: r.name, birthYear: r.birthYear }) }),
  memberships: (r: MembershipRecord) => ({
    personId: r.personId, householdId: r.householdId, from: date(r.from),
    props: props({ role: r.role, from: date(r.from), to: date(r.to) }),
  }),
  interventions: (r: InterventionRecord) => ({
    id: r.id, agencyId: r.agencyId, professionalId: r.professionalId ?? null,
    personId: r.personId ?? null, householdId: r.householdId ?? null,
    props: props({
      id: r.id, domain: r.domain, kind: r.kind, start: date(r.start), end: date(r.end),
      endReason: r.endReason ?? endReasonFromCode(r.endReasonCode),
      endReasonCode: r.endReasonCode === null || r.endReasonCode === undefined ? undefined : Number(r.endReasonCode),
    }),
  }),
  events: (r: EventRecord) => ({
    id: r.id, agencyId: r.agencyId, personId: r.personId ?? null, householdId: r.householdId ?? null,
    targetAgencyId: r.targetAgencyId ?? null, participantAgencyIds: r.participantAgencyIds ?? [],
    relatedEventId: r.relatedEventId ?? null,
    props: props({ id: r.id, type: r.type, date: date(r.date), domain: r.domain, description: r.description, severity: r.severity }),
  }),
  outcomes: (r: OutcomeRecord) => ({
    id: r.id, interventionId: r.interventionId,
    props: props({
      id: r.id, date: date(r.date), result: r.result,
      ...Object.fromEntries(Object.entries(r.zrm ?? {}).map(([k, v]) => [`zrm_${k}`, v])),
    }),
  }),
  coordinators: (r: CoordinatorRecord) => ({
    householdId: r.householdId, professionalId: r.professionalId, from: date(r.from),
    props: props({ from: date(r.from), to: date(r.to) }),
  }),
  consents: (r: ConsentRecord) => ({
    id: r.id, householdId: r.householdId, agencyIds: r.agencyIds,
    props: props({ id: r.id, basis: r.basis, purpose: r.purpose, from: date(r.from), to: date(r.to) }),
  }),
};

/** Validated records of one kind as rows. */
export function rowsOf(kind: RecordKind, records: readonly unknown[]): WriteRow[] {
  const row = ROW[kind] as (r: unknown) => WriteRow;
  return records.map(row);
}
